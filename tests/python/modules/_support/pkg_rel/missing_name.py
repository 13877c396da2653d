from .helper import nothing_here
