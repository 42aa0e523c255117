package io.rolluplab.web.l1;

import io.rolluplab.rollup.contracts.AbiCatalog;

/**
 * Why a transaction failed, as far as its replay tells.
 *
 * @param reason one sentence: the custom error with its arguments, a require message, a panic, or
 *     the EVM's halt reason ("out of gas")
 * @param error the custom error the rollup contracts declare, with named arguments, else null
 * @param data the revert data, "0x" when the code halted without any
 */
public record Revert(String reason, AbiCatalog.Decoded error, String data) {}
