# os's C functions are posix's builtin functions in CPython, time's are time's: their
# __text_signature__, __doc__, __module__ and __self__ (the posix module).
import os, time
for f in (os.getcwd, os.listdir, os.urandom, os.getpid, os.stat, os.lstat, os.remove,
          os.rmdir, os.mkdir, os.rename, os.replace, os.open, os.close, os.read, os.write,
          os.lseek, os.chmod, os.utime, os.symlink, os.readlink, os.access,
          os.get_terminal_size, os.scandir):
    print(f.__name__, f.__module__, f.__text_signature__, repr(f.__self__), f.__self__.__name__)
    print(' ', (f.__doc__ or '').splitlines()[:2])
print(os.getcwd.__self__.getcwd is os.getcwd, os.getcwd.__self__ is os.stat.__self__)
for f in (time.gmtime, time.localtime, time.mktime, time.strftime, time.asctime, time.ctime,
          time.strptime, time.tzset):
    print(f.__name__, f.__module__, f.__text_signature__, repr(f.__self__))
    print(' ', (f.__doc__ or '').splitlines()[:2])
print(repr(os.getcwd), repr(time.gmtime))
