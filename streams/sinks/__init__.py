"""Side effects at the edge: where alerts leave the stream."""
