package io.rolluplab.web.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.AbiCatalog;
import java.util.List;

/**
 * One log of a receipt: raw as the chain holds it, and named from the rollup contracts' ABIs.
 *
 * @param contract the emitting contract's name, null if the explorer does not know it
 * @param event the event with its named parameters, null if no rollup contract declares topic 0
 */
public record L1LogView(int index, Address address, String contract, AbiCatalog.Decoded event, List<String> topics,
    String data) {}
