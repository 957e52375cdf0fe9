"""gevent.monkey: make the standard library cooperative.

patch_all() replaces time.sleep with gevent.sleep, turns threading's
threads into greenlets and its locks into gevent locks (so queue.Queue and
threading.Event wait cooperatively too), and marks socket, select, ssl ...
as patched. In the playground there is no real network: urllib.request
reaches only the simulated web (http://sim.test/...), whose waits go
through time.sleep and so switch greenlets once time is patched.
"""

import sys

__all__ = ['patch_all', 'patch_builtins', 'patch_dns', 'patch_os', 'patch_queue',
           'patch_select', 'patch_signal', 'patch_socket', 'patch_ssl',
           'patch_subprocess', 'patch_sys', 'patch_thread', 'patch_time',
           'get_original', 'is_anything_patched', 'is_module_patched',
           'is_object_patched', 'main']

# module name -> {attribute name: original value}
saved = {}


class MonkeyPatchWarning(RuntimeWarning):
    """The type of warnings issued by monkey patching."""


def is_module_patched(mod_name):
    """True if the module *mod_name* has been patched."""
    return mod_name in saved


def is_object_patched(mod_name, item_name):
    """True if *item_name* of module *mod_name* has been patched."""
    return is_module_patched(mod_name) and item_name in saved[mod_name]


def is_anything_patched():
    return any(k for k in saved if not k.startswith('_gevent'))


def _get_original(name, items):
    d = saved.get(name, {})
    values = []
    module = None
    for item in items:
        if item in d:
            values.append(d[item])
        else:
            if module is None:
                module = __import__(name)
            values.append(getattr(module, item))
    return values


def get_original(mod_name, item_name):
    """The original (unpatched) value of mod_name.item_name; a list of them
    if item_name is a list or tuple."""
    if isinstance(item_name, str):
        return _get_original(mod_name, [item_name])[0]
    return _get_original(mod_name, item_name)


_NONE = object()


def patch_item(module, attr, newitem):
    olditem = getattr(module, attr, _NONE)
    if olditem is not _NONE:
        saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    setattr(module, attr, newitem)


def _mark(name):
    saved.setdefault(name, {})


def _queue_warning(message, _warnings):
    if _warnings is None:
        _process_warnings([message])
    else:
        _warnings.append(message)


def _process_warnings(_warnings):
    import warnings
    for warning in _warnings:
        warnings.warn(warning, MonkeyPatchWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# The patches
# ---------------------------------------------------------------------------

def patch_time():
    """Replace time.sleep with gevent.sleep."""
    import time
    from gevent.hub import sleep
    patch_item(time, 'sleep', sleep)


def patch_thread(threading=True, _threading_local=True, Event=True, logging=True,
                 existing_locks=True, _warnings=None):
    """Make _thread and threading greenlet-based: Thread.start() spawns a
    greenlet, locks (and everything built on them) block only the calling
    greenlet."""
    import _thread
    import gevent.thread as gthread
    from gevent.lock import RLock as GRLock
    from gevent.local import local as glocal

    old_ident = _thread.get_ident()
    for name in ('allocate_lock', 'get_ident', 'get_native_id', 'exit', 'LockType',
                 'stack_size', 'start_new_thread', 'RLock', '_local', '_set_name',
                 '_set_thread_object', '_current_thread_object', '_join_ident',
                 '_is_alive_ident', '_count'):
        if hasattr(gthread, name):
            patch_item(_thread, name, getattr(gthread, name))

    if threading:
        import threading as th
        patch_item(th, '_start_new_thread', gthread.start_new_thread)
        patch_item(th, '_allocate_lock', gthread.allocate_lock)
        patch_item(th, 'Lock', gthread.allocate_lock)
        patch_item(th, 'get_ident', gthread.get_ident)
        patch_item(th, 'get_native_id', gthread.get_ident)
        if _threading_local:
            patch_item(th, 'local', glocal)
        if Event:
            from gevent.event import Event as GEvent
            patch_item(th, 'Event', GEvent)
        if existing_locks:
            patch_item(th, '_active_limbo_lock', GRLock())
        # The main thread is now the main greenlet: re-key it by its new ident.
        main = th.main_thread()
        new_ident = gthread.get_ident()
        if main._ident == old_ident and th.current_thread() is main:
            th._active.pop(old_ident, None)
            main._ident = new_ident
            main._native_id = new_ident
            th._active[new_ident] = main
            gthread._set_thread_object(main, new_ident)
            gthread._set_name(main.name, new_ident)
    if _threading_local:
        _mark('_threading_local')


def patch_socket(dns=True, aggressive=True):
    """Sockets: the playground has no network, so there is nothing to make
    cooperative; the simulated web waits through time.sleep."""
    import socket  # noqa: F401
    _mark('socket')


def patch_dns():
    _mark('socket')


def patch_select(aggressive=True):
    _mark('select')


def patch_selectors(aggressive=True):
    _mark('selectors')


def patch_ssl(_warnings=None, _first_time=True):
    _mark('ssl')


def patch_os():
    _mark('os')


def patch_subprocess():
    _mark('subprocess')


def patch_builtins():
    pass


def patch_signal():
    _mark('signal')


def patch_queue():
    """queue.Queue waits through threading's (patched) locks already."""
    _mark('queue')


def patch_contextvars():
    pass


def patch_sys(stdin=True, stdout=True, stderr=True):
    pass


def _check_repatching(**module_settings):
    _warnings = []
    key = '_gevent_saved_patch_all_module_settings'
    del module_settings['kwargs']
    currently_patched = saved.setdefault(key, {})
    first_time = not currently_patched
    if not first_time and currently_patched != module_settings:
        _queue_warning("Patching more than once will result in the union of all True"
                       " parameters being patched", _warnings)
    to_patch = {}
    for k, v in module_settings.items():
        if k not in currently_patched:
            to_patch[k] = currently_patched[k] = v
        elif v and not currently_patched[k]:
            to_patch[k] = currently_patched[k] = True
    return _warnings, first_time, to_patch


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True,
              builtins=True, signal=True, queue=True, contextvars=True, **kwargs):
    """Do all of the default monkey patching. Returns True the first time,
    None when called again with nothing new to patch."""
    _warnings, first_time, modules_to_patch = _check_repatching(**locals())
    if not modules_to_patch:
        _process_warnings(_warnings)
        return
    opts = dict(modules_to_patch)
    if opts.get('os'):
        patch_os()
    if opts.get('thread'):
        patch_thread(Event=Event, _warnings=_warnings)
    if opts.get('time'):
        patch_time()
    if opts.get('sys'):
        patch_sys()
    if opts.get('socket'):
        patch_socket(dns=dns, aggressive=aggressive)
    if opts.get('select'):
        patch_select(aggressive=aggressive)
        patch_selectors(aggressive=aggressive)
    if opts.get('ssl'):
        patch_ssl(_warnings=_warnings, _first_time=first_time)
    if opts.get('subprocess'):
        patch_subprocess()
    if opts.get('builtins'):
        patch_builtins()
    if opts.get('signal'):
        patch_signal()
    if opts.get('queue'):
        patch_queue()
    if opts.get('contextvars'):
        patch_contextvars()
    _process_warnings(_warnings)
    return True


def main():
    raise SystemExit('python -m gevent.monkey is not available in the playground')
