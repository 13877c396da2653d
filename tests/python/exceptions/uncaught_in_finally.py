def cleanup():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        print("cleaning up")


cleanup()
