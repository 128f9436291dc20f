"""wirealert's stream processor: faust app, agents, sinks, the pure detection core and the CLI."""
