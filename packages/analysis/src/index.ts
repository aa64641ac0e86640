/**
 * @tvaers/analysis — measures that show where collaboration across sectors works and where it
 * depends on a few actors. Every measure takes a graphology graph and options and returns plain
 * objects keyed by node id.
 */
