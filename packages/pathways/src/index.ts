/**
 * @tvaers/pathways — patient event logs mined into handoff networks with waiting times, pathway
 * measures and communication gaps, from one file to national scale.
 */
