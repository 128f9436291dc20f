"""The worker at run time: the faust app, its settings and profiles, transport, topics,
metrics, security, and the typed context that agents, sinks and pages share."""
