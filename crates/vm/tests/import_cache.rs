//! A re-import of an unchanged module reuses its compiled code; a changed source is
//! compiled again and its new behaviour is seen.

use metal_vm::Vm;

#[test]
fn reimport_reuses_code_until_the_source_changes() {
    let dir = std::env::temp_dir().join(format!("metal-import-cache-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let module = dir.join("cached_mod.py");
    std::fs::write(&module, "VALUE = 1\n").expect("write module");
    let mut vm = Vm::new();
    metal_vm::stdlib::set_argv(
        &mut vm,
        vec!["prog".into()],
        dir.to_string_lossy().into_owned(),
    );
    // Each import of a file module also makes its __spec__ (lib/_modulespec.py, compiled
    // once): count the compilations of cached_mod alone, as differences.
    let first = "import cached_mod\nfirst = cached_mod.VALUE\n";
    let status = metal_vm::run::run_main(&mut vm, first, "<test>");
    assert!(matches!(status, metal_vm::run::Exit::Ok));
    let after_first = vm.compiles;
    let again =
        "import sys\ndel sys.modules['cached_mod']\nimport cached_mod\nsecond = cached_mod.VALUE\n";
    let status = metal_vm::run::run_main(&mut vm, again, "<test>");
    assert!(matches!(status, metal_vm::run::Exit::Ok));
    assert_eq!(
        vm.compiles, after_first,
        "the unchanged module was compiled twice"
    );

    std::fs::write(&module, "VALUE = 2\n").expect("rewrite module");
    let mut vm2 = Vm::new();
    metal_vm::stdlib::set_argv(
        &mut vm2,
        vec!["prog".into()],
        dir.to_string_lossy().into_owned(),
    );
    vm2.compiled = vm.compiled.clone();
    let warm = metal_vm::run::run_main(&mut vm2, "import _modulespec\n", "<test>");
    assert!(matches!(warm, metal_vm::run::Exit::Ok));
    let before = vm2.compiles;
    let program2 = "import cached_mod\nassert cached_mod.VALUE == 2, cached_mod.VALUE\n";
    let status = metal_vm::run::run_main(&mut vm2, program2, "<test>");
    assert!(
        matches!(status, metal_vm::run::Exit::Ok),
        "the changed source was not recompiled"
    );
    assert_eq!(vm2.compiles, before + 1);
    let _ = std::fs::remove_dir_all(&dir);
}
