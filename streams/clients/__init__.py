"""Programs that talk to a running stack from outside: push, subscribe, render, the demo."""
