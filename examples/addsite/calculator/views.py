from django.shortcuts import render

from .forms import AddForm


def add(request):
    """GET: the form. POST: the sum of the two numbers, or the form with errors."""
    answer = None
    if request.method == "POST":
        form = AddForm(request.POST)
        if form.is_valid():
            answer = form.cleaned_data["number1"] + form.cleaned_data["number2"]
    else:
        form = AddForm()
    return render(request, "calculator/add.html", {"form": form, "answer": answer})
