"""Constants (CPython's asyncio/constants.py, the parts the event loop uses)."""

# Seconds to wait before retrying accept() (kept for API compatibility).
ACCEPT_RETRY_DELAY = 1

# Number of stack entries to capture in debug mode.
DEBUG_STACK_DEPTH = 10

# Number of seconds to wait for the default executor's threads at shutdown.
THREAD_JOIN_TIMEOUT = 300
