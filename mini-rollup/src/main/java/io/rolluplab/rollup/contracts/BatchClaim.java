package io.rolluplab.rollup.contracts;

import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint40;

/**
 * {@code OptimisticRollup.BatchClaim}: what a proposer claims batch i holds (L2-RULES.md §2.2).
 * L1 keeps only its hash; whoever disputes the claim sends it back.
 *
 * @param dataHash keccak256 of the batch transaction's call data
 * @param itemCount how many items it holds; 0 if it is invalid (it then counts as empty)
 * @param depositCount how many deposits it consumes
 * @param l1Timestamp the timestamp of the L1 block its transaction is in
 * @param anchorBlock the L1 block whose hash a data challenge's proof starts from
 * @param anchorHash that block's hash, which L1 fills in at the proposal (zero before)
 */
public record BatchClaim(Bytes32 dataHash, long itemCount, long depositCount, long l1Timestamp, long anchorBlock,
    Bytes32 anchorHash) {
  /** Its fields as ABI types, in order (a static struct is encoded as its fields). */
  static final TypeReference<?>[] FIELDS = {Abi.BYTES32, Abi.UINT32, Abi.UINT40, Abi.UINT40, Abi.UINT40, Abi.BYTES32};
  /** Its canonical ABI type. */
  static final String TUPLE = "(bytes32,uint32,uint40,uint40,uint40,bytes32)";

  /** The claim with L1's anchor hash, as {@code BatchProposed} states it. */
  public BatchClaim anchoredAt(final Bytes32 hash) {
    return new BatchClaim(dataHash, itemCount, depositCount, l1Timestamp, anchorBlock, hash);
  }

  /** Whether it says the same about the batch as {@code other}: the four fields a data challenge checks. */
  public boolean saysSameAs(final BatchClaim other) {
    return dataHash.equals(other.dataHash) && itemCount == other.itemCount && depositCount == other.depositCount
        && l1Timestamp == other.l1Timestamp;
  }

  /** As the tuple argument of a call. */
  public StaticStruct toAbi() {
    return new StaticStruct(Abi.bytes32(dataHash), new Uint32(itemCount), new Uint40(depositCount),
        new Uint40(l1Timestamp), new Uint40(anchorBlock), Abi.bytes32(anchorHash));
  }

  /** The claim in {@code values} from index {@code from} on (its fields, as an event or a getter returns them). */
  public static BatchClaim decode(final List<Type> values, final int from) {
    return new BatchClaim(Bytes32.wrap((byte[]) values.get(from).getValue()), number(values.get(from + 1)),
        number(values.get(from + 2)), number(values.get(from + 3)), number(values.get(from + 4)),
        Bytes32.wrap((byte[]) values.get(from + 5).getValue()));
  }

  private static long number(final Type<?> value) {
    return ((BigInteger) value.getValue()).longValueExact();
  }
}
