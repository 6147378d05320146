"""Chart builders: each takes tidy frames and returns a `plotly.graph_objects.Figure`."""
