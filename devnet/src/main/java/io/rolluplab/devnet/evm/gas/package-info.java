/**
 * What everything the EVM does costs. {@link io.rolluplab.devnet.evm.gas.GasSchedule} names each
 * price after what it prices (memory expansion, copies, cold account access…); {@link
 * io.rolluplab.devnet.evm.gas.CancunGasSchedule} gives the figures in force since Cancun, each with
 * the EIP it comes from. No gas figure is written anywhere else; an older or newer fork would extend
 * a schedule and override only what its EIPs changed.
 */
package io.rolluplab.devnet.evm.gas;
