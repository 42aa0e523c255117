package io.rolluplab.rollup.contracts;

import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.state.CompactProof;
import java.math.BigInteger;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint40;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** The ABI types the bindings use, and conversions from the project's own types. */
final class Abi {
  static final TypeReference<Uint256> UINT256 = TypeReference.create(Uint256.class);
  static final TypeReference<Uint64> UINT64 = TypeReference.create(Uint64.class);
  static final TypeReference<Uint40> UINT40 = TypeReference.create(Uint40.class);
  static final TypeReference<Uint32> UINT32 = TypeReference.create(Uint32.class);
  static final TypeReference<Uint8> UINT8 = TypeReference.create(Uint8.class);
  static final TypeReference<Bytes32> BYTES32 = TypeReference.create(Bytes32.class);
  static final TypeReference<Address> ADDRESS = TypeReference.create(Address.class);
  static final TypeReference<Bool> BOOL = TypeReference.create(Bool.class);
  /** The ABI type of {@code L2State.Proof}, as it appears in function signatures. */
  static final String PROOF = "(uint16,uint256,bytes32[],uint256,bytes32)";
  /** {@code L1Inclusion.Proof}: headers, transaction index, trie nodes. */
  static final String INCLUSION_PROOF = "(bytes[],uint256,bytes[])";

  private Abi() {}

  static Uint256 uint256(final long value) {
    return new Uint256(value);
  }

  static Uint256 uint256(final BigInteger value) {
    return new Uint256(value);
  }

  /** A Java long read as an unsigned 64-bit number. */
  static Uint32 uint32(final long value) {
    return new Uint32(value);
  }

  static Uint64 uint64(final long value) {
    return new Uint64(new BigInteger(Long.toUnsignedString(value)));
  }

  static Bytes32 bytes32(final io.rolluplab.rollup.state.Bytes32 value) {
    return new Bytes32(value.toArray());
  }

  static Address address(final io.rolluplab.devnet.types.Address value) {
    return new Address(value.toHex());
  }

  static DynamicBytes bytes(final byte[] value) {
    return new DynamicBytes(value);
  }

  /** An {@code L2State.Proof}: {@code (uint16 depth, uint256 bitmap, bytes32[] siblings, uint256 otherKey, bytes32 otherValue)}. */
  static DynamicStruct proof(final CompactProof proof) {
    return new DynamicStruct(
        new Uint16(proof.depth()),
        new Uint256(proof.bitmap()),
        new DynamicArray<>(Bytes32.class, proof.siblings().stream().map(Abi::bytes32).toList()),
        new Uint256(proof.otherKey().toBigInteger()),
        bytes32(proof.otherValue()));
  }

  /** An {@link L1InclusionProof} as {@code L1Inclusion.Proof}. */
  static DynamicStruct inclusionProof(final L1InclusionProof proof) {
    return new DynamicStruct(
        new DynamicArray<>(DynamicBytes.class, proof.headers().stream().map(Abi::bytes).toList()),
        new Uint256(proof.transactionIndex()),
        new DynamicArray<>(DynamicBytes.class, proof.trieNodes().stream().map(Abi::bytes).toList()));
  }
}
