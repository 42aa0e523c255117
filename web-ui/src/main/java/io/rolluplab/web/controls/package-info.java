/**
 * The Controls page and the POSTs behind it ({@link io.rolluplab.web.controls.ControlsApi}): mine an
 * L1 block, fast-forward the L1 clock, pause and resume roles, and the teaching faults, each
 * described by {@link io.rolluplab.web.controls.FaultCatalog} with what it will show.
 */
package io.rolluplab.web.controls;
