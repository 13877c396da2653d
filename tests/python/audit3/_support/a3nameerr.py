value = 1
undefined_thing
