import stat

modes = [0o100644, 0o40755, 0o120777, 0o104755, 0o102644, 0o41777, 0o41776, 0o20600,
         0o10644, 0o140755, 0o60660, 0o644, 0, 0o107777]
for m in modes:
    kinds = [n for n in ("S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK",
                         "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT") if getattr(stat, n)(m)]
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), kinds)
for n in ("S_IFDIR", "S_IFREG", "S_IFLNK", "S_IRWXU", "S_IRUSR", "S_IWUSR", "S_IXUSR",
          "S_IRGRP", "S_IWOTH", "S_ISUID", "S_ISGID", "S_ISVTX", "S_IREAD", "S_IWRITE",
          "S_IEXEC", "ST_MODE", "ST_SIZE", "ST_MTIME", "UF_HIDDEN", "SF_APPEND"):
    print(n, getattr(stat, n))
