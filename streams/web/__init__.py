"""The worker's HTTP surface: health and ops pages, the incidents API, consumer lag."""
