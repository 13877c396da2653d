//! `_metal_forms.render_div` builds BoundFields itself (when BoundField and the form
//! keep the framework's methods): each must be what `BoundField(form, field, name)`
//! makes in Python, attribute for attribute and in the same order.

use std::process::Command;

#[test]
fn native_bound_fields_match_the_python_ones() {
    let code = r#"
from django.conf import settings
settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], TEMPLATES=[])
import django
django.setup()
from django import forms
from django.forms.boundfield import BoundField

class F(forms.Form):
    first_name = forms.CharField(help_text="help")
    n = forms.IntegerField(initial=lambda: 3, label="Number")

for kwargs in ({}, {"prefix": "p"}, {"auto_id": False}, {"auto_id": "x%sy"},
               {"initial": {"n": 9}}):
    form = F(**kwargs)
    str(form)  # the native renderer makes and caches form[name]
    for name, field in form.fields.items():
        native = form[name]
        python = BoundField(form, field, name)
        assert type(native) is BoundField
        assert list(vars(native)) == list(vars(python)), (list(vars(native)), list(vars(python)))
        for key, value in vars(python).items():
            if key == "_initial":
                continue
            assert vars(native)[key] == value, (kwargs, name, key, vars(native)[key], value)
        assert native.initial == python.initial and native.auto_id == python.auto_id
        assert native.css_classes() == python.css_classes()
print("ok")
"#;
    let out = Command::new(env!("CARGO_BIN_EXE_metal"))
        .args(["-c", code])
        .output()
        .expect("run metal");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
}
