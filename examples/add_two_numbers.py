# The add-two-numbers program the web app will serve: the addition runs in our VM.
import sys


def add_two_numbers(first, second):
    return first + second


def main():
    a = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    b = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    print("Answer is", add_two_numbers(a, b))


main()
