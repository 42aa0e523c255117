package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * Which L1 the rollup runs on, as the flags say: {@code --l1-rpc URL} for an external node (none:
 * the embedded devnet) and {@code --l1-key HEX}, repeatable, for the operator keys that sign the
 * rollup's L1 transactions. It validates itself and names the flag that is wrong.
 *
 * <p>{@code rollup-lab} builds one from its flags: {@code rpcUri()} empty selects {@link EmbeddedL1},
 * else {@link JsonRpcL1#connect}; the first key operates the rollup, the second (if given) challenges.
 *
 * @param rpcUrl null for the embedded devnet
 * @param operatorKeys private keys as 64 hex digits, {@code 0x} optional; may be empty on the
 *     embedded devnet, whose dev accounts then operate
 */
public record L1Config(String rpcUrl, List<String> operatorKeys) {
  private static final String RPC_FLAG = "--l1-rpc";
  private static final String KEY_FLAG = "--l1-key";
  private static final int KEY_HEX_DIGITS = 64;

  public L1Config {
    operatorKeys = List.copyOf(operatorKeys);
    if (rpcUrl != null) {
      checkUrl(rpcUrl);
      if (operatorKeys.isEmpty()) {
        throw new IllegalArgumentException(KEY_FLAG + ": an external L1 needs at least one operator key (the rollup "
            + "signs its L1 transactions with it); for anvil or Hardhat, a test account's key will do");
      }
    }
    for (int i = 0; i < operatorKeys.size(); i++) {
      checkKey(operatorKeys.get(i), i + 1);
    }
  }

  /** The embedded devnet, operated by its dev accounts. */
  public static L1Config embedded() {
    return new L1Config(null, List.of());
  }

  private static void checkUrl(final String url) {
    if (!isHttpUrl(url)) {
      throw new IllegalArgumentException(RPC_FLAG + ": expected an http:// or https:// URL of a node's JSON-RPC "
          + "endpoint, such as http://127.0.0.1:8545, got \"" + url + "\"");
    }
  }

  private static boolean isHttpUrl(final String url) {
    try {
      final URI uri = new URI(url);
      return List.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Names the key by position only: a private key must not end up in a log. */
  private static void checkKey(final String key, final int position) {
    final String digits = Numeric.cleanHexPrefix(key);
    if (digits.length() != KEY_HEX_DIGITS || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(KEY_FLAG + " #" + position + ": expected a private key of " + KEY_HEX_DIGITS
          + " hex digits (0x optional), got " + digits.length() + " characters");
    }
    final BigInteger value = Numeric.toBigInt(digits);
    if (value.signum() == 0 || value.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
      throw new IllegalArgumentException(KEY_FLAG + " #" + position + ": not a valid secp256k1 private key "
          + "(it must be between 1 and the curve order)");
    }
  }

  public Optional<URI> rpcUri() {
    return Optional.ofNullable(rpcUrl).map(URI::create);
  }

  /** The keys that sign the rollup's L1 transactions: the given ones, else the dev accounts. */
  public List<Credentials> operators() {
    if (operatorKeys.isEmpty()) {
      return DevAccounts.all().stream().map(DevAccount::credentials).toList();
    }
    final List<Credentials> operators = new ArrayList<>();
    operatorKeys.forEach(key -> operators.add(Credentials.create(key)));
    return operators;
  }

  /** Leaves the keys out, so that printing the configuration leaks none. */
  @Override
  public String toString() {
    return "L1Config[rpcUrl=" + (rpcUrl == null ? "embedded devnet" : rpcUrl) + ", operatorKeys="
        + operatorKeys.size() + " given]";
  }
}
