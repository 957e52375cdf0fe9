"""The event loop (the parts of CPython's asyncio/base_events.py that do not
need sockets, selectors or subprocesses).

A loop is a ready deque of Handles plus a heap of timers.  When it has
nothing ready it blocks the calling thread task on a lock with the timeout
of the next timer: on Interleave that parks the task in the scheduler (other
Python threads run meanwhile, and a wait nobody can end shows up in the
deadlock report), and another thread wakes the loop early by releasing the
lock (call_soon_threadsafe, run_in_executor completions).
"""

__all__ = 'BaseEventLoop',

import heapq
import sys
import threading
import traceback
from _thread import allocate_lock as _allocate_lock
from time import monotonic as _monotonic

from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# The longest single wait: the loop re-checks its state at least this often
# (CPython's MAXIMUM_SELECT_TIMEOUT).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# Rebuild the timer heap once this many handles are in it and more than
# this fraction of them are cancelled (CPython's constants).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Timers due within this many seconds of now run in the current iteration.
_CLOCK_RESOLUTION = 1e-09

# The loop's record of async generators drops finished ones once it holds
# this many, and again whenever it has doubled since (amortised O(1) per
# generator; only suspended ones need an aclose() at shutdown).
_MIN_ASYNCGENS_PRUNE = 64


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to
            # stop it.
            return
    futures._get_loop(fut).stop()


def _write_log(text):
    # CPython logs through the 'asyncio' logger; with no logging configured
    # that is the last-resort handler: the message, on stderr.
    try:
        sys.stderr.write(text + '\n')
        sys.stderr.flush()
    except Exception:
        pass


def _where(coro):
    # 'main() at prog.py:12': where the task's own coroutine is suspended.
    name = getattr(coro, '__qualname__', '?')
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is None:
        return f'{name}()'
    return f'{name}() at {frame.f_code.co_filename}:{frame.f_lineno}'


class BaseEventLoop(events.AbstractEventLoop):

    # Tasks put themselves in _ready (objects with _cancelled and _run()).
    _accepts_task_handles = True

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        # Callbacks to run in the next iteration.  A list swapped for a
        # fresh one by each iteration (collections.deque is pure Python here
        # and much slower than list appends).
        self._ready = []
        # Callbacks added by other threads, moved to _ready under the lock
        # (the swap above could otherwise lose an append in flight).
        self._threadsafe_ready = []
        self._threadsafe_lock = threading.Lock()
        # heap of (when, sequence number, TimerHandle): tuples compare in C,
        # the sequence number keeps equal times in call order.
        self._scheduled = []
        self._timer_seq = 0
        self._default_executor = None
        self._thread_id = None
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._executor_shutdown_called = False
        # Async generators iterated in this loop, to aclose() at
        # shutdown_asyncgens(). CPython keeps a WeakSet and closes a dropped
        # one through the finalizer hook; with no weak references or
        # finalisation here it is an ordered dict, pruned of finished
        # generators as it grows (see _asyncgen_firstiter_hook).
        self._asyncgens = {}
        self._asyncgens_prune_at = _MIN_ASYNCGENS_PRUNE
        self._asyncgens_shutdown_called = False
        # futures whose exception nobody retrieved yet (see Future):
        # reported when the loop closes.
        self._unretrieved = {}
        # Held while the loop may block; another thread releases it to wake
        # the loop (CPython's self-pipe).
        self._wakeup_lock = _allocate_lock()
        self._wakeup_lock.acquire()
        # Interleave's locks take a description of what waiting on them
        # means, shown in the deadlock report.
        self._set_wait_kind = getattr(self._wakeup_lock, '_set_kind', None)

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    # -- futures and tasks ---------------------------------------------------

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object.

        Return a task object.
        """
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                # Use legacy API if context is not needed
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)

            tasks._set_task_name(task, name)

        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """Return a task factory, or None if the default one is in use."""
        return self._task_factory

    # -- running ---------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            run_once = self._run_once
            while True:
                run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the Future is done.

        If the argument is a coroutine, it is wrapped in a Task.

        Return the Future's result, or raise its exception.
        """
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so there
            # is no need to log the "destroy pending task" message
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException. Consume the exception
                # to not log a warning, the caller doesn't have access to the
                # local task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop running the event loop.

        Every callback already scheduled will still run.  This simply informs
        run_forever to stop looping after a complete iteration.
        """
        self._stopping = True

    def close(self):
        """Close the event loop.

        This clears the queues and shuts down the executor,
        but does not wait for the executor to finish.

        The event loop must not be running.
        """
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        # CPython reports these when the futures are garbage collected.
        for fut in list(self._unretrieved):
            fut._report_unretrieved()
        self._unretrieved.clear()
        self._closed = True
        self._ready = []
        self._threadsafe_ready = []
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return (self._thread_id is not None)

    def time(self):
        """Return the time according to the event loop's clock.

        This is a float expressed in seconds since an epoch, but the
        epoch, precision, accuracy and drift are unspecified and may
        differ per event loop.
        """
        return _monotonic()

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)

        self._asyncgens[agen] = None
        if len(self._asyncgens) >= self._asyncgens_prune_at:
            self._asyncgens = {ag: None for ag in self._asyncgens
                               if ag.ag_frame is not None}
            self._asyncgens_prune_at = max(_MIN_ASYNCGENS_PRUNE,
                                           2 * len(self._asyncgens))

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True

        # Finished generators need no closing (CPython's WeakSet has
        # dropped them by now).
        closing_agens = [ag for ag in self._asyncgens if ag.ag_frame is not None]
        self._asyncgens.clear()
        if not closing_agens:
            return

        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # -- callbacks -------------------------------------------------------------

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called at a given time.

        Return a Handle: an opaque object with a cancel() method that
        can be used to cancel the call.
        """
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible.

        This operates as a FIFO queue: callbacks are called in the
        order in which they are registered.  Each callback will be
        called exactly once.
        """
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(
                f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        with self._threadsafe_lock:
            self._threadsafe_ready.append(handle)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        # Wake the loop if it is blocked in _run_once (a no-op otherwise).
        try:
            self._wakeup_lock.release()
        except RuntimeError:
            pass   # already released: a wakeup is pending

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- executors ---------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            # Only check when the default executor is being used
            self._check_default_executor()
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio'
                )
                self._default_executor = executor
        return futures.wrap_future(
            executor.submit(func, *args), loop=self)

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    # -- errors ------------------------------------------------------------------

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use.
        """
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler as the new event loop exception handler."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Default exception handler.

        This is called when an exception occurs and no exception
        handler is set, and can be called by a custom exception
        handler that wants to defer to the default behavior.
        """
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')

        exception = context.get('exception')
        if exception is not None:
            tb = ''.join(traceback.format_exception(
                type(exception), exception, exception.__traceback__))
            log_lines.append(tb.rstrip('\n'))
        _write_log('\n'.join(log_lines))

    def call_exception_handler(self, context):
        """Call the current event loop's exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _write_log('Exception in default exception handler')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    _write_log('Exception in default exception handler '
                               'while handling an unexpected error '
                               'in custom exception handler')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- the loop ----------------------------------------------------------------

    def _describe_idle_wait(self):
        """What the idle loop waits for, for the deadlock report: each
        pending task and what it awaits."""
        waits = []
        for task in tasks.all_tasks(self):
            waiter = task._fut_waiter
            if waiter is None:
                what = 'nothing'
            elif getattr(waiter, '_il_wait_kind', None) is not None:
                what = waiter._il_wait_kind
            elif isinstance(waiter, tasks.Task):
                what = f'task {waiter.get_name()!r}'
            else:
                what = 'a Future'
            waits.append(f"task {task.get_name()!r} ({_where(task.get_coro())}) "
                         f"awaits {what}")
        waits.sort()
        return ('the asyncio event loop: ' +
                ('; '.join(waits) if waits else 'no pending tasks'))


    def _run_once(self):
        """Run one full iteration of the event loop.

        This calls all currently ready callbacks, waits for the next timer
        (or a wakeup from another thread), and schedules the due timers.
        """
        scheduled = self._scheduled
        if self._threadsafe_ready:
            with self._threadsafe_lock:
                self._ready += self._threadsafe_ready
                self._threadsafe_ready.clear()
        ready = self._ready
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
            self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Remove delayed calls that were cancelled if their number
            # is too high
            new_scheduled = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    new_scheduled.append(entry)
            heapq.heapify(new_scheduled)
            self._scheduled = scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Remove delayed calls that were cancelled from head of queue.
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)[2]._scheduled = False

        if not ready and not self._stopping:
            if scheduled:
                timeout = scheduled[0][0] - _monotonic()
                if timeout > 0:
                    self._wakeup_lock.acquire(
                        True, min(timeout, MAXIMUM_SELECT_TIMEOUT))
            else:
                # Nothing can happen unless another thread wakes us: block
                # (a wait nobody ends is a deadlock, reported as such).
                if self._set_wait_kind is not None:
                    self._set_wait_kind(self._describe_idle_wait())
                self._wakeup_lock.acquire()

        # Handle 'later' callbacks that are ready.
        if scheduled:
            end_time = _monotonic() + _CLOCK_RESOLUTION
            while scheduled:
                if scheduled[0][0] >= end_time:
                    break
                handle = heapq.heappop(scheduled)[2]
                handle._scheduled = False
                if not handle._cancelled:
                    ready.append(handle)

        # This is the only place where callbacks are actually *called*.
        # All other places just add them to ready.  Callbacks they add go to
        # the fresh list, for the next iteration (as CPython's ntodo count).
        if ready:
            self._ready = []
            try:
                for handle in ready:
                    if not handle._cancelled:
                        handle._run()
            except BaseException:
                # SystemExit/KeyboardInterrupt leave run_forever(): the
                # callbacks not run yet stay first in line.
                self._ready[:0] = ready[ready.index(handle) + 1:]
                raise
            handle = None  # Needed to break cycles when an exception occurs.


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default loop; named as CPython's (it shows in reprs). Signal
    handlers (add_signal_handler) run as loop callbacks: the signal's Python
    handler only schedules them, as CPython's wakeup fd does."""

    def add_signal_handler(self, sig, callback, *args):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        import signal
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('set_wakeup_fd only works in main thread of the main interpreter')
        handle = events.Handle(callback, args, self, None)
        handlers = self.__dict__.setdefault('_signal_handlers', {})
        handlers[sig] = handle
        try:
            signal.signal(sig, self._handle_signal)
        except OSError as exc:
            del handlers[sig]
            if exc.errno == 22:  # EINVAL: SIGKILL, SIGSTOP
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _handle_signal(self, sig, frame=None):
        handle = self.__dict__.get('_signal_handlers', {}).get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        elif not self._closed:
            with self._threadsafe_lock:
                self._threadsafe_ready.append(handle)
            self._write_to_self()

    def remove_signal_handler(self, sig):
        self._check_signal(sig)
        handlers = self.__dict__.get('_signal_handlers', {})
        if handlers.pop(sig, None) is None:
            return False
        import signal
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        return True

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def close(self):
        for sig in list(self.__dict__.get('_signal_handlers', {})):
            self.remove_signal_handler(sig)
        super().close()


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop
