/**
 * The portable vocabulary every layer shares and that depends on nothing of hubfleet's: which cloud, a
 * machine's size, its GPUs. The machine catalogues ({@code io.hubfleet.machines}) resolve these; the stack
 * configuration ({@code io.hubfleet.config}) reads them and checks them against the catalogues, so neither
 * depends on the other's back.
 */
package io.hubfleet.config.portable;
