from django import forms


class AddForm(forms.Form):
    number1 = forms.IntegerField()
    number2 = forms.IntegerField()
