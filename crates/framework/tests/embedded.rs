//! The embedded `django` package imports like a package on disk, ahead of `sys.path`.

use metal_vm::Vm;

fn run(program: &str, dir: &str) -> bool {
    let mut vm = Vm::new();
    metal_framework::install(&mut vm);
    metal_vm::stdlib::set_argv(&mut vm, vec!["prog".into()], dir.to_string());
    matches!(
        metal_vm::run::run_main(&mut vm, program, "<test>"),
        metal_vm::run::Exit::Ok
    )
}

#[test]
fn django_is_importable_and_shadows_sys_path() {
    // A `django` directory on sys.path must not win over the embedded package.
    let dir = std::env::temp_dir().join(format!("metal-embedded-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("django")).expect("temp dir");
    std::fs::write(
        dir.join("django/__init__.py"),
        "raise ImportError('disk')\n",
    )
    .expect("write");
    let program = "import django\n\
        assert django.VERSION[:2] == (5, 2), django.VERSION\n\
        assert django.__file__ == '<metal>/django/__init__.py', django.__file__\n\
        assert django.__path__ == ['<metal>/django'], django.__path__\n\
        assert django.__package__ == 'django'\n";
    assert!(run(program, &dir.to_string_lossy()));
    // Without install, the package is not there at all.
    let mut vm = Vm::new();
    let status = metal_vm::run::run_main(&mut vm, "import django\n", "<test>");
    assert!(!matches!(status, metal_vm::run::Exit::Ok));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_older_url_api_routes_like_re_path() {
    // django.conf.urls.url (gone from Django 4.0) still works: a regex without the
    // leading slash, captured groups as arguments, first match wins, include().
    let program = r#"
from django.conf import settings
settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["t"], MIDDLEWARE=[])
import django
django.setup()
from django.conf.urls import include, url
from django.http import HttpResponse
from django.urls import resolve, reverse

def year(request, y):
    return HttpResponse("year " + y)

def named(request, slug):
    return HttpResponse("slug " + slug)

urlpatterns = [
    url(r"^articles/(\d{4})/$", year, name="year"),
    url(r"^articles/(\d+)/$", named),
    url(r"^blog/", include([url(r"^(?P<slug>[-\w]+)/$", named, name="post")])),
]
m = resolve("/articles/2024/")
assert m.func is year and m.args == ("2024",), (m.func, m.args)
m = resolve("/blog/hello-world/")
assert m.func is named and m.kwargs == {"slug": "hello-world"}, m.kwargs
assert reverse("year", args=["1999"]) == "/articles/1999/"
assert reverse("post", kwargs={"slug": "x"}) == "/blog/x/"
"#;
    assert!(run(program, "."));
}
