/**
 * The portable vocabulary every layer shares and that depends on nothing of hubfleet's: which cloud, a
 * machine's size, its GPUs, a secret from the stack file. The machine catalogues ({@code io.hubfleet.machines})
 * resolve machines; the stack configuration ({@code io.hubfleet.config}) reads them and checks them against the
 * catalogues; the stack's and the hubs' records ({@code io.hubfleet.config.hub}) both hold secrets — so none of
 * these depends on another's back.
 */
package io.hubfleet.config.portable;
