package io.rolluplab.rollup.node;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;

/**
 * An L2 account as L1 can check it: its balance and nonce in the state after the first
 * {@code batches} batches posted to L1, and the proof of its leaf against that state's root (the
 * root the proposer claims, or the prover proves, for batch {@code batches - 1}).
 *
 * @param proof of absence when the account is empty (it has no leaf)
 */
public record ProvenAccount(Address address, Account account, long batches, Bytes32 root, CompactProof proof) {}
