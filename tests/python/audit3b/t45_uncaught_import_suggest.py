from sys import pathx
