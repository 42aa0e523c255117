package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.evm.ContractAddress;
import io.rolluplab.devnet.evm.Environment;
import io.rolluplab.devnet.evm.Evm;
import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.evm.Message;
import io.rolluplab.devnet.evm.MessageResult;
import io.rolluplab.devnet.evm.gas.CancunGasSchedule;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.evm.precompile.Precompile;
import io.rolluplab.devnet.evm.precompile.Precompiles;
import io.rolluplab.devnet.evm.trace.CallKind;
import io.rolluplab.devnet.evm.trace.GasChangeReason;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.InvalidTransactionException.Rule;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Applies one transaction to the world state in the phases of the yellow paper (as revm's handler
 * names them): validate → buy gas → execute → refund → reimburse the sender → pay the coinbase.
 *
 * <p>{@link #process} either throws {@link InvalidTransactionException} and leaves the state exactly
 * as it was, or applies the transaction (whether its code succeeds or fails) and returns the result.
 * Empty touched accounts are cleared (EIP-161); the journal is not committed, so a whole block can
 * still be reverted.
 */
public final class TransactionProcessor {
  private static final BigInteger MAX_NONCE = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final Fork fork;
  private final GasSchedule gas;
  private final Evm evm;
  private final Map<Address, Precompile> precompiles;

  public TransactionProcessor(final Fork fork) {
    this.fork = fork;
    this.gas = new CancunGasSchedule();
    this.evm = new Evm(gas);
    this.precompiles = Precompiles.forFork(fork);
  }

  public TransactionResult process(
      final WorldState state, final BlockContext block, final Transaction tx, final Tracer tracer)
      throws InvalidTransactionException {
    final long intrinsicGas = validate(state, block, tx);
    final long gasLimit = tx.gasLimit().longValueExact();
    final BigInteger price = effectiveGasPrice(tx, block.baseFee());

    // buy gas: the sender pays for all of it up front and gets the unused part back at the end
    state.beginTransaction();
    state.subtractBalance(tx.sender(), BigInteger.valueOf(gasLimit).multiply(price));
    final long senderNonce = state.getNonce(tx.sender());
    state.incrementNonce(tx.sender());
    tracer.onGasChange(gasLimit, gasLimit - intrinsicGas, GasChangeReason.INTRINSIC);
    warmUp(state, block, tx);

    // execute
    final Environment env = new Environment(
        state, block, tx.sender(), price, List.of(), fork, gas, precompiles, tracer);
    final MessageResult result = evm.execute(message(state, tx, senderNonce, gasLimit - intrinsicGas), env);

    // refund (EIP-3529: at most a fifth of the gas used), then settle with sender and coinbase
    final long gasUsedBeforeRefund = gasLimit - result.gasLeft();
    final long refund = Math.min(state.refund(), gasUsedBeforeRefund / gas.maxRefundQuotient());
    final long gasUsed = gasUsedBeforeRefund - refund;
    tracer.onGasChange(result.gasLeft(), result.gasLeft() + refund, GasChangeReason.REFUND);
    state.addBalance(tx.sender(), BigInteger.valueOf(gasLimit - gasUsed).multiply(price));
    tracer.onGasChange(gasLimit - gasUsed, 0, GasChangeReason.RETURNED_TO_SENDER);
    // the base fee part is burned; only the priority fee goes to the block's coinbase
    state.addBalance(block.coinbase(), BigInteger.valueOf(gasUsed).multiply(price.subtract(block.baseFee())));

    final List<Log> logs = List.copyOf(state.logs());
    state.finalizeTransaction();
    return new TransactionResult(
        result.succeeded(), gasUsed, logs, result.output(), result.createdAddress(), result.error(), price);
  }

  /**
   * Runs a call as if a transaction from {@code request.from()} had sent it, without a signature.
   * The caller passes a scratch copy of the state: the call's effects are meant to be thrown away.
   * Without a gas price, the call runs with a base fee of zero (as geth's and Hardhat's eth_call do),
   * so it costs nothing and the sender needs no balance for gas.
   *
   * @throws InvalidTransactionException if even an unsigned transaction could not do this (too
   *     little gas for the intrinsic cost, value above the sender's balance …)
   */
  public TransactionResult call(
      final WorldState scratch, final BlockContext block, final CallRequest request, final Tracer tracer)
      throws InvalidTransactionException {
    final Address from = request.from() == null ? Address.ZERO : request.from();
    final BigInteger price = request.gasPrice() == null ? BigInteger.ZERO : request.gasPrice();
    final BlockContext context = price.signum() == 0 ? block.withBaseFee(BigInteger.ZERO) : block;
    final Transaction tx = new Transaction(TransactionType.LEGACY, null,
        new BigInteger(Long.toUnsignedString(scratch.getNonce(from))), price, price,
        BigInteger.valueOf(request.gas() == null ? block.gasLimit() : request.gas()), request.to(),
        request.value() == null ? BigInteger.ZERO : request.value(),
        request.data() == null ? new byte[0] : request.data(), List.of(), from, null, null);
    return process(scratch, context, tx, tracer);
  }

  /**
   * The validity rules (yellow paper 6.2 plus EIP-155, EIP-1559, EIP-2681, EIP-3607, EIP-3860).
   * Only reads the state. Returns the intrinsic gas.
   */
  public long validate(final WorldState state, final BlockContext block, final Transaction tx)
      throws InvalidTransactionException {
    if (tx.chainId() != null && tx.chainId() != block.chainId()) {
      throw new InvalidTransactionException(Rule.WRONG_CHAIN_ID,
          "transaction is signed for chain id " + tx.chainId() + " but this chain's id is " + block.chainId()
              + ": sign it with chain id " + block.chainId());
    }
    if (tx.nonce().compareTo(MAX_NONCE) >= 0) {
      throw new InvalidTransactionException(Rule.NONCE_AT_MAXIMUM,
          "nonce " + tx.nonce() + " is at or above the maximum 2^64-1 (EIP-2681)");
    }
    final BigInteger accountNonce = new BigInteger(Long.toUnsignedString(state.getNonce(tx.sender())));
    final int nonceOrder = tx.nonce().compareTo(accountNonce);
    if (nonceOrder != 0) {
      throw new InvalidTransactionException(nonceOrder < 0 ? Rule.NONCE_TOO_LOW : Rule.NONCE_TOO_HIGH,
          (nonceOrder < 0 ? "nonce too low" : "nonce too high") + ": transaction has nonce " + tx.nonce()
              + " but the sender's next nonce is " + accountNonce);
    }
    if (state.get(tx.sender()) != null && state.get(tx.sender()).hasCode()) {
      throw new InvalidTransactionException(Rule.SENDER_NOT_EOA,
          "sender " + tx.sender() + " is a contract; only accounts without code may send transactions (EIP-3607)");
    }
    if (tx.gasLimit().compareTo(BigInteger.valueOf(block.gasLimit())) > 0) {
      throw new InvalidTransactionException(Rule.GAS_LIMIT_EXCEEDS_BLOCK,
          "gas limit " + tx.gasLimit() + " exceeds the block gas limit " + block.gasLimit());
    }
    if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
      throw new InvalidTransactionException(Rule.PRIORITY_FEE_ABOVE_FEE_CAP,
          "max priority fee " + tx.maxPriorityFeePerGas() + " is above the max fee " + tx.maxFeePerGas());
    }
    if (tx.maxFeePerGas().compareTo(block.baseFee()) < 0) {
      throw new InvalidTransactionException(Rule.FEE_CAP_BELOW_BASE_FEE,
          "max fee per gas " + tx.maxFeePerGas() + " is below the block's base fee " + block.baseFee()
              + ": raise maxFeePerGas (or gasPrice)");
    }
    if (tx.isContractCreation() && tx.data().length > gas.maxInitcodeSize()) {
      throw new InvalidTransactionException(Rule.INITCODE_TOO_LARGE,
          "initcode is " + tx.data().length + " bytes; at most " + gas.maxInitcodeSize() + " are allowed (EIP-3860)");
    }
    final long intrinsic = intrinsicGas(tx);
    if (tx.gasLimit().compareTo(BigInteger.valueOf(intrinsic)) < 0) {
      throw new InvalidTransactionException(Rule.INTRINSIC_GAS_TOO_LOW,
          "intrinsic gas too low: the transaction needs at least " + intrinsic + " gas but its limit is " + tx.gasLimit());
    }
    final BigInteger maxCost = tx.gasLimit().multiply(tx.maxFeePerGas()).add(tx.value());
    final BigInteger balance = state.getBalance(tx.sender());
    if (balance.compareTo(maxCost) < 0) {
      throw new InvalidTransactionException(Rule.INSUFFICIENT_FUNDS,
          "insufficient funds for gas * price + value: the sender has " + balance + " wei but needs " + maxCost);
    }
    return intrinsic;
  }

  /**
   * Gas charged before any code runs: 21000 per transaction, 32000 more for a creation, 4 per zero
   * and 16 per non-zero byte of data, 2400 per access-list address and 1900 per key, and for
   * creations 2 per initcode word (EIP-3860).
   */
  public long intrinsicGas(final Transaction tx) {
    long total = gas.txBase() + gas.txData(tx.data());
    if (tx.isContractCreation()) {
      total += gas.txCreate() + gas.initcodeCost(tx.data().length);
    }
    for (final AccessListEntry entry : tx.accessList()) {
      total += gas.accessListAddress() + gas.accessListStorageKey() * entry.storageKeys().size();
    }
    return total;
  }

  /** EIP-1559: base fee plus the priority fee, but never more than the fee cap. */
  public static BigInteger effectiveGasPrice(final Transaction tx, final BigInteger baseFee) {
    return tx.maxFeePerGas().min(baseFee.add(tx.maxPriorityFeePerGas()));
  }

  /**
   * EIP-2929: the sender, the recipient and the precompiles start warm; EIP-2930: so does the
   * access list; EIP-3651: so does the coinbase.
   */
  private void warmUp(final WorldState state, final BlockContext block, final Transaction tx) {
    state.warmAddress(tx.sender());
    if (tx.to() != null) {
      state.warmAddress(tx.to());
    }
    precompiles.keySet().forEach(state::warmAddress);
    state.warmAddress(block.coinbase());
    for (final AccessListEntry entry : tx.accessList()) {
      state.warmAddress(entry.address());
      for (final UInt256 key : entry.storageKeys()) {
        state.warmSlot(entry.address(), key);
      }
    }
  }

  private static Message message(final WorldState state, final Transaction tx, final long senderNonce, final long gas) {
    if (tx.isContractCreation()) {
      final Address created = ContractAddress.forCreate(tx.sender(), senderNonce);
      state.warmAddress(created);
      return new Message(CallKind.CREATE, tx.sender(), created, created, tx.value(), tx.value(),
          new byte[0], tx.data(), gas, 0, false);
    }
    return new Message(CallKind.CALL, tx.sender(), tx.to(), tx.to(), tx.value(), tx.value(),
        tx.data(), state.getCode(tx.to()), gas, 0, false);
  }
}
