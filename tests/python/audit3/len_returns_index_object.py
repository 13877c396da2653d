class IdxLen:
    def __index__(self): return 4
class LenIdx:
    def __len__(self): return IdxLen()
print(len(LenIdx()))
