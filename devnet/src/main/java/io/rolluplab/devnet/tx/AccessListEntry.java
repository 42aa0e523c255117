package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.util.List;

/** One address of an EIP-2930 access list and the storage keys to pre-warm in it. */
public record AccessListEntry(Address address, List<UInt256> storageKeys) {}
