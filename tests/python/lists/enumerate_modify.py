nums = [1, 2, 3, 4, 5, 6]
for i, n in enumerate(nums):
    nums[i] = n * 10
print(nums)
evens = [n for n in nums if n % 20 == 0]
print(evens)
result = []
for n in nums[:]:
    if n > 30:
        nums.remove(n)
    result.append(n)
print(nums, result)
items = [3, 1, 2]
while items:
    print("popped", items.pop())
print(items)
