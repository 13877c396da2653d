"""logging.config: configuring logging from a dictionary (dictConfig).

The dictionary schema of the documentation, version 1: formatters, filters,
handlers, loggers, root, incremental and disable_existing_loggers; '()' for
user factories, '.' for attributes set after construction, 'ext://' and
'cfg://' values. Not here yet: fileConfig (no configparser) and listen().
"""

import logging
import re
import sys

__all__ = ['dictConfig', 'valid_ident', 'BaseConfigurator', 'DictConfigurator',
           'dictConfigClass']

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True for a Python identifier (the keys that become keyword arguments)."""
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _clearExistingHandlers():
    """Flush, close and forget every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # Loggers that existed before and are not configured now: those below a
    # configured logger are reset to pass records up; the rest are disabled
    # (when disable_existing_loggers says so).
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _copy_containers(o):
    if isinstance(o, dict):
        return {k: _copy_containers(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_copy_containers(v) for v in o]
    return o


class BaseConfigurator(object):
    """Resolves the strings of a configuration: 'ext://module.attr' names an
    object to import, 'cfg://path.to[key]' a value elsewhere in the
    configuration."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        # A copy: configuring fills it with the objects made, and the caller's
        # dictionary stays as it was.
        self.config = _copy_containers(config)

    def resolve(self, s):
        """The object a dotted name names, importing modules on the way."""
        name = s.split('.')
        used = name.pop(0)
        try:
            found = self.importer(used)
            for frag in name:
                used += '.' + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """The value at 'a.b[0][key]' in the configuration."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, o):
        """`o` with 'ext://' and 'cfg://' strings replaced, inside dicts,
        lists and tuples too."""
        if isinstance(o, dict):
            return {k: self.convert(v) for k, v in o.items()}
        if isinstance(o, list):
            return [self.convert(v) for v in o]
        if isinstance(o, tuple) and not hasattr(o, '_fields'):
            return tuple(self.convert(v) for v in o)
        if isinstance(o, str):
            m = self.CONVERT_PATTERN.match(o)
            if m:
                d = m.groupdict()
                converter = self.value_converters.get(d['prefix'], None)
                if converter:
                    return getattr(self, converter)(d['suffix'])
        return o

    def configure_custom(self, config):
        """An object made by the factory under '()', with the identifier keys
        as keyword arguments, then the '.' attributes set on it."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a version 1 configuration dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY = {}
        logging._acquireLock()
        try:
            if incremental:
                handlers = config.get('handlers', EMPTY)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError('No handler found with name %r' % name)
                    try:
                        handler = logging._handlers[name]
                        level = self.convert(handlers[name]).get('level', None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                loggers = config.get('loggers', EMPTY)
                for name in loggers:
                    try:
                        self.configure_logger(name, self.convert(loggers[name]), True)
                    except Exception as e:
                        raise ValueError('Unable to configure logger %r' % name) from e
                root = config.get('root', None)
                if root:
                    try:
                        self.configure_root(self.convert(root), True)
                    except Exception as e:
                        raise ValueError('Unable to configure root logger') from e
                return

            disable_existing = config.pop('disable_existing_loggers', True)
            _clearExistingHandlers()

            # Made in this order, as each may use those before it.
            formatters = config.get('formatters', EMPTY)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(self.convert(formatters[name]))
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', EMPTY)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(self.convert(filters[name]))
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e

            # A MemoryHandler whose target comes later in name order waits
            # for a second round.
            handlers = config.get('handlers', EMPTY)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(self.convert(handlers[name]))
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(self.convert(handlers[name]))
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e

            # Loggers that exist already and are not named here are disabled
            # (or, below a configured logger, reset).
            root = logging.root
            existing = sorted(root.manager.loggerDict.keys())
            child_loggers = []
            loggers = config.get('loggers', EMPTY)
            for name in loggers:
                if name in existing:
                    prefixed = name + "."
                    i = existing.index(name) + 1
                    while i < len(existing):
                        if existing[i].startswith(prefixed):
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, self.convert(loggers[name]))
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)

            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(self.convert(root))
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e
        finally:
            logging._releaseLock()

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory spelling its argument `fmt`, as Formatter does.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname)
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            if 'target' in config and _is_memory_handler(factory):
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # Handlers of old spelled the stream argument `strm`.
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


def _is_memory_handler(klass):
    handlers = sys.modules.get('logging.handlers')
    return handlers is not None and issubclass(klass, handlers.MemoryHandler)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the schema in the docs)."""
    dictConfigClass(config).configure()
