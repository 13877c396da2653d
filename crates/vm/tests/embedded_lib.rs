//! The pure-Python standard library in `lib/` is embedded and installed by `Vm::new()`,
//! ahead of `sys.path`; a module installed later under the same name (as the framework
//! installs its own) replaces it.

use metal_vm::Vm;

fn runs(vm: &mut Vm, program: &str) -> bool {
    matches!(
        metal_vm::run::run_main(vm, program, "<test>"),
        metal_vm::run::Exit::Ok
    )
}

#[test]
fn lib_modules_are_importable_from_a_fresh_vm() {
    let mut vm = Vm::new();
    let program = "import json, functools, collections.abc\n\
        assert json.__file__ == '<metal>/json/__init__.py', json.__file__\n\
        assert json.dumps({'a': [1, 2]}) == '{\"a\": [1, 2]}'\n\
        assert collections.abc.__name__ == 'collections.abc'\n\
        assert functools.reduce(lambda a, b: a * b, [1, 2, 3]) == 6\n";
    assert!(runs(&mut vm, program));
}

#[test]
fn a_later_install_replaces_a_lib_module() {
    let mut vm = Vm::new();
    vm.embedded
        .insert("json".to_string(), ("WHO = 'override'\n", false));
    assert!(runs(
        &mut vm,
        "import json\nassert json.WHO == 'override'\nassert not hasattr(json, 'dumps')\n"
    ));
}
