package io.rolluplab.devnet.types;

import java.util.List;

/**
 * An event emitted by LOG0..LOG4: the emitting contract, up to four indexed topics and the data.
 * Logs of a reverted call frame are discarded with the rest of its changes.
 */
public record Log(Address address, List<UInt256> topics, byte[] data) {}
