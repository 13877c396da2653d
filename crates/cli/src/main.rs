//! `metal`: the command-line entry points. `metal prog.py`, `metal run prog.py`,
//! `metal -c CODE`, `metal dis …`, and the interactive prompt, shaped like `python`'s.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use metal_vm::run::{report_uncaught, run_main, Exit};

/// Small blocks come from per-thread free lists (see `metal_vm::alloc`).
#[global_allocator]
static ALLOC: metal_vm::alloc::MetalAlloc = metal_vm::alloc::MetalAlloc;
use metal_vm::{Value, Vm};

const USAGE: &str = "usage: metal [option] ... [-c cmd | file | -] [arg] ...
       metal run FILE [arg] ...     run a Python program
       metal run --profile FILE [arg] ...
                                    run it and print where its time went (sampled
                                    per Python function) on stderr
       metal dis (FILE | -c CMD)    disassemble every code object
       metal serve [PROJECT_DIR | module:app | FILE.py] [--bind ADDR] [--workers N]
                   [--timeout S] [--client-timeout S]
                                    serve a Django project or a WSGI application
                                    (default: the embedded add-two-numbers
                                    project) on http://127.0.0.1:8000
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Command {
    Run {
        file: String,
        args: Vec<String>,
        profile: bool,
    },
    Code {
        code: String,
        args: Vec<String>,
    },
    Serve {
        app: Option<String>,
        bind: String,
        workers: Option<usize>,
        timeout: Option<f64>,
        client_timeout: Option<f64>,
    },
    Dis {
        file: Option<String>,
        code: Option<String>,
    },
    Repl,
    Help,
    Version,
}

fn parse(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Repl);
    };
    match first.as_str() {
        "-h" | "--help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "-c" => {
            let code = args.get(1).ok_or("Argument expected for the -c option")?;
            let mut rest = vec!["-c".to_string()];
            rest.extend(args[2..].iter().cloned());
            Ok(Command::Code {
                code: code.clone(),
                args: rest,
            })
        }
        "run" => {
            let profile = args.get(1).is_some_and(|a| a == "--profile");
            let rest = &args[1 + profile as usize..];
            let file = rest
                .first()
                .ok_or("metal run: a program file is required")?;
            Ok(Command::Run {
                file: file.clone(),
                args: rest.to_vec(),
                profile,
            })
        }
        "dis" => match args.get(1).map(|s| s.as_str()) {
            Some("-c") => Ok(Command::Dis {
                file: None,
                code: Some(
                    args.get(2)
                        .ok_or("Argument expected for the -c option")?
                        .clone(),
                ),
            }),
            Some(f) => Ok(Command::Dis {
                file: Some(f.to_string()),
                code: None,
            }),
            None => Err("metal dis: a file or -c CODE is required".to_string()),
        },
        "serve" => {
            let mut app = None;
            let mut bind = "127.0.0.1:8000".to_string();
            let mut workers = None;
            let mut timeout = None;
            let mut client_timeout = None;
            let mut it = args[1..].iter();
            while let Some(a) = it.next() {
                match a.as_str() {
                    "--bind" | "-b" => bind = it.next().ok_or("--bind needs an address")?.clone(),
                    "--workers" | "-w" => {
                        let n = it.next().ok_or("--workers needs a number")?;
                        workers = Some(
                            n.parse()
                                .map_err(|_| format!("--workers: not a number: {n}"))?,
                        );
                    }
                    "--timeout" => {
                        let n = it.next().ok_or("--timeout needs seconds")?;
                        timeout = Some(
                            n.parse()
                                .map_err(|_| format!("--timeout: not a number: {n}"))?,
                        );
                    }
                    "--client-timeout" => {
                        let n = it.next().ok_or("--client-timeout needs seconds")?;
                        client_timeout = Some(
                            n.parse()
                                .map_err(|_| format!("--client-timeout: not a number: {n}"))?,
                        );
                    }
                    s if s.starts_with("--bind=") => bind = s["--bind=".len()..].to_string(),
                    s if s.starts_with('-') => {
                        return Err(format!("metal serve: unknown option {s}"))
                    }
                    s => app = Some(s.to_string()),
                }
            }
            Ok(Command::Serve {
                app,
                bind,
                workers,
                timeout,
                client_timeout,
            })
        }
        "-" => Ok(Command::Repl),
        s if s.starts_with('-') => Err(format!("Unknown option: {s}")),
        _ => Ok(Command::Run {
            file: first.clone(),
            args: args.to_vec(),
            profile: false,
        }),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = match parse(&args) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // Run on a thread with a large stack: native re-entry (sorted(key=…), __eq__ from a
    // dict lookup) nests eval loops on the Rust stack.
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run(cmd))
        .expect("spawn the interpreter thread");
    let code = handle.join().unwrap_or(70);
    ExitCode::from(code as u8)
}

/// Ctrl-C while Python code runs raises KeyboardInterrupt in it (at its next call or
/// backward jump); a second Ctrl-C ends the process.
fn watch_ctrl_c() -> std::sync::Arc<std::sync::atomic::AtomicU8> {
    let flag = std::sync::Arc::new(std::sync::atomic::AtomicU8::new(0));
    metal_vm::gc::set_interrupt(flag.clone());
    let watched = flag.clone();
    let _ = std::thread::Builder::new()
        .name("metal-sigint".into())
        .spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                loop {
                    if tokio::signal::ctrl_c().await.is_err() {
                        return;
                    }
                    // A pending profiler sample is not a first Ctrl-C.
                    if flag.swap(1, std::sync::atomic::Ordering::SeqCst) == 1 {
                        std::process::exit(130);
                    }
                }
            });
        });
    watched
}

fn run(cmd: Command) -> i32 {
    let interrupt = matches!(cmd, Command::Run { .. } | Command::Code { .. }).then(watch_ctrl_c);
    match cmd {
        Command::Help => {
            print!("{USAGE}");
            0
        }
        Command::Version => {
            println!("Python 3.11.7 (metal {})", env!("CARGO_PKG_VERSION"));
            0
        }
        Command::Run {
            file,
            args,
            profile,
        } => {
            let source = match std::fs::read(&file) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    eprintln!(
                        "metal: can't open file '{}': [Errno {}] {}",
                        file,
                        e.raw_os_error().unwrap_or(2),
                        errno_text(&e)
                    );
                    return 2;
                }
            };
            let abs = std::fs::canonicalize(&file)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(file.clone());
            let dir = std::path::Path::new(&abs)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut vm = new_vm();
            metal_vm::stdlib::set_argv(&mut vm, args, dir);
            vm.main_file = abs.clone();
            let sampler = match (profile, interrupt) {
                (true, Some(flag)) => Some(metal_vm::profile::start(
                    flag,
                    std::time::Duration::from_micros(200),
                )),
                _ => None,
            };
            let code = status(run_main(&mut vm, &source, &abs));
            #[cfg(feature = "opstats")]
            if std::env::var_os("METAL_OPSTATS").is_some() {
                eprint!("{}", metal_vm::opstats::report(40));
            }
            if sampler.is_some() {
                drop(sampler);
                eprint!("{}", metal_vm::profile::report(30));
            }
            code
        }
        Command::Code { code, args } => {
            let mut vm = new_vm();
            metal_vm::stdlib::set_argv(&mut vm, args, String::new());
            status(run_main(&mut vm, &code, "<string>"))
        }
        Command::Dis { file, code } => {
            let (source, name) = match (file, code) {
                (Some(f), _) => match std::fs::read_to_string(&f) {
                    Ok(s) => {
                        let abs = std::fs::canonicalize(&f)
                            .map(|p| p.to_string_lossy().into_owned())
                            .unwrap_or(f);
                        (s, abs)
                    }
                    Err(e) => {
                        eprintln!("metal dis: can't open file '{f}': {e}");
                        return 2;
                    }
                },
                (None, Some(c)) => (c, "<string>".to_string()),
                _ => return 2,
            };
            let mut vm = new_vm();
            match metal_compiler::compile(&source, &name, metal_compiler::Mode::Exec) {
                Ok(co) => {
                    let mut out = String::new();
                    metal_vm::dis::disassemble(&mut vm, &co, &mut out);
                    print!("{out}");
                    0
                }
                Err(e) => {
                    vm.sources
                        .insert(name.clone(), std::rc::Rc::from(source.as_str()));
                    let err = metal_vm::run::syntax_error(&mut vm, &e);
                    report_uncaught(&mut vm, &err)
                }
            }
        }
        Command::Serve {
            app,
            bind,
            workers,
            timeout,
            client_timeout,
        } => serve(app, bind, workers, timeout, client_timeout),
        Command::Repl => {
            if std::io::stdin().is_terminal() {
                repl()
            } else {
                // `metal < prog.py`: the program comes from standard input, as with python.
                let mut source = String::new();
                if std::io::stdin().read_to_string(&mut source).is_err() {
                    eprintln!("metal: can't read standard input");
                    return 2;
                }
                let mut vm = new_vm();
                metal_vm::stdlib::set_argv(&mut vm, vec!["-".to_string()], String::new());
                status(run_main(&mut vm, &source, "<stdin>"))
            }
        }
    }
}

/// A Django project directory: the settings module named in `manage.py` (or the one
/// package holding a `settings.py`), served through that package's `wsgi.py`, with
/// `DJANGO_SETTINGS_MODULE` set as `manage.py` would set it.
fn django_project(dir: &str) -> Result<metal_gateway::AppSpec, String> {
    let root = std::fs::canonicalize(dir).map_err(|e| format!("{dir}: {e}"))?;
    let from_manage = std::fs::read_to_string(root.join("manage.py"))
        .ok()
        .and_then(|src| {
            let at = src.find("DJANGO_SETTINGS_MODULE")?;
            let rest = &src[at + "DJANGO_SETTINGS_MODULE".len()..];
            let rest = rest.trim_start_matches(['"', '\'']).trim_start();
            let rest = rest.strip_prefix(',')?.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let body = &rest[1..];
            Some(body[..body.find(quote)?].to_string())
        });
    let settings = match from_manage {
        Some(s) => s,
        None => {
            let mut found = Vec::new();
            for entry in std::fs::read_dir(&root).map_err(|e| format!("{dir}: {e}"))? {
                let p = entry.map_err(|e| e.to_string())?.path();
                if p.join("settings.py").is_file() {
                    if let Some(name) = p.file_name() {
                        found.push(format!("{}.settings", name.to_string_lossy()));
                    }
                }
            }
            match found.len() {
                1 => found.remove(0),
                0 => {
                    return Err(format!(
                        "{dir}: no manage.py and no package with a settings.py"
                    ))
                }
                _ => {
                    return Err(format!(
                        "{dir}: several settings modules ({}); say which in manage.py",
                        found.join(", ")
                    ))
                }
            }
        }
    };
    let package = settings.rsplit_once('.').map_or("", |(p, _)| p).to_string();
    let wsgi = root.join(package.replace('.', "/")).join("wsgi.py");
    if !wsgi.is_file() {
        return Err(format!(
            "{}: not found (the project's WSGI module)",
            wsgi.display()
        ));
    }
    if std::env::var_os("DJANGO_SETTINGS_MODULE").is_none() {
        std::env::set_var("DJANGO_SETTINGS_MODULE", &settings);
    }
    Ok(metal_gateway::AppSpec::Module {
        dir: root.to_string_lossy().into_owned(),
        module: format!("{package}.wsgi"),
        callable: "application".into(),
    })
}

// The example project `metal serve` serves with no argument: `examples/addsite`,
// embedded by build.rs as (relative path, contents).
include!(concat!(env!("OUT_DIR"), "/example.rs"));

/// The embedded example project as a directory on disk: written once under the
/// temporary directory, in a directory named by a hash of its contents (so a newer
/// binary never serves an older copy), and atomically (written aside, then renamed).
fn example_project_dir() -> Result<std::path::PathBuf, String> {
    // FNV-1a over every path and its contents.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, contents) in EXAMPLE_PROJECT {
        for b in path.bytes().chain([0]).chain(contents.bytes()).chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let base = std::env::temp_dir();
    let dir = base.join(format!("metal-addsite-{h:016x}"));
    if dir.join("manage.py").is_file() {
        return Ok(dir);
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let scratch = base.join(format!(
        "metal-addsite-{h:016x}.{}.{nanos}",
        std::process::id()
    ));
    let write = || -> std::io::Result<()> {
        for (path, contents) in EXAMPLE_PROJECT {
            let target = scratch.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(target, contents)?;
        }
        Ok(())
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_dir_all(&scratch);
        return Err(format!(
            "writing the example project under {}: {e}",
            base.display()
        ));
    }
    if std::fs::rename(&scratch, &dir).is_err() {
        // Another process got there first; its copy is the same.
        let _ = std::fs::remove_dir_all(&scratch);
        if !dir.join("manage.py").is_file() {
            return Err(format!("could not create {}", dir.display()));
        }
    }
    Ok(dir)
}

fn serve(
    app: Option<String>,
    bind: String,
    workers: Option<usize>,
    timeout: Option<f64>,
    client_timeout: Option<f64>,
) -> i32 {
    let spec = match app {
        None => match example_project_dir().and_then(|d| django_project(&d.to_string_lossy())) {
            Ok(spec) => spec,
            Err(e) => {
                eprintln!("metal serve: the example project: {e}");
                return 2;
            }
        },
        Some(a) if std::path::Path::new(&a).is_dir() => match django_project(&a) {
            Ok(spec) => spec,
            Err(e) => {
                eprintln!("metal serve: {e}");
                return 2;
            }
        },
        Some(a) => {
            // `module:callable`, or a file `path/app.py` (callable `application`).
            let (target, callable) = match a.rsplit_once(':') {
                Some((m, c)) if !c.contains('/') => (m.to_string(), c.to_string()),
                _ => (a.clone(), "application".to_string()),
            };
            let (dir, module) = if target.ends_with(".py") {
                let p = std::path::Path::new(&target);
                let dir = p
                    .parent()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let module = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (if dir.is_empty() { ".".to_string() } else { dir }, module)
            } else {
                (".".to_string(), target)
            };
            let dir = std::fs::canonicalize(&dir)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(dir);
            metal_gateway::AppSpec::Module {
                dir,
                module,
                callable,
            }
        }
    };
    let mut config = metal_server::Config::new(spec);
    config.bind = bind;
    if let Some(w) = workers {
        config.workers = w;
    }
    if let Some(t) = timeout {
        config.timeout = std::time::Duration::from_secs_f64(t.max(0.001));
    }
    if let Some(t) = client_timeout {
        config.client_timeout = std::time::Duration::from_secs_f64(t.max(0.001));
    }
    let workers = config.workers;
    match metal_server::serve(config, |addr| {
        println!("metal: serving on http://{addr} with {workers} worker(s); Ctrl-C stops");
        let _ = std::io::stdout().flush();
    }) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("metal serve: {e}");
            1
        }
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn status(e: Exit) -> i32 {
    match e {
        Exit::Ok => 0,
        Exit::Status(s) => s,
    }
}

/// Where the prompt's lines come from: a line editor with history on a terminal, plain
/// standard input otherwise (so piped input works like `python < file`).
enum LineSource {
    Editor(Box<rustyline::DefaultEditor>, Option<std::path::PathBuf>),
    Plain(std::io::Lines<std::io::StdinLock<'static>>),
}

impl LineSource {
    fn new() -> LineSource {
        if std::io::stdin().is_terminal() {
            if let Ok(mut ed) = rustyline::DefaultEditor::new() {
                let history = std::env::var_os("HOME")
                    .map(|h| std::path::PathBuf::from(h).join(".metal_history"));
                if let Some(h) = &history {
                    let _ = ed.load_history(h);
                }
                return LineSource::Editor(Box::new(ed), history);
            }
        }
        LineSource::Plain(std::io::stdin().lock().lines())
    }

    /// The next line, or None at end of input (Ctrl-D). Ctrl-C abandons the line.
    fn read(&mut self, prompt: &str) -> Option<Result<String, ()>> {
        match self {
            LineSource::Editor(ed, _) => match ed.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = ed.add_history_entry(line.as_str());
                    }
                    Some(Ok(line))
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Some(Err(())),
                Err(_) => None,
            },
            LineSource::Plain(lines) => lines.next().and_then(|l| l.ok()).map(Ok),
        }
    }

    fn save(&mut self) {
        if let LineSource::Editor(ed, Some(h)) = self {
            let _ = ed.save_history(h);
        }
    }
}

/// A fresh interpreter with the embedded framework importable.
fn new_vm() -> Vm {
    let mut vm = Vm::new();
    metal_framework::install(&mut vm);
    vm
}

/// The interactive prompt: `>>> ` and `... `, results echoed with repr, errors shown and
/// the session kept; Ctrl-D exits, Ctrl-C abandons the current input.
fn repl() -> i32 {
    let mut vm = new_vm();
    metal_vm::stdlib::set_argv(&mut vm, vec![String::new()], String::new());
    let (m, globals) = metal_vm::import::new_main_module(&mut vm);
    vm.modules.set_by_str("__main__", m);
    if let Err(e) = metal_vm::import::set_main_loader(&mut vm, &globals, "<stdin>") {
        return report_uncaught(&mut vm, &e);
    }
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        eprintln!(
            "Python 3.11.7 (metal {}) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let mut source = LineSource::new();
    let status = loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        let mut eof = false;
        loop {
            let line = match source.read(prompt) {
                None => {
                    eof = true;
                    break;
                }
                Some(Err(())) => {
                    eprintln!("KeyboardInterrupt");
                    buf.clear();
                    break;
                }
                Some(Ok(l)) => l,
            };
            buf.push_str(&line);
            buf.push('\n');
            let open_block = line.trim_end().ends_with(':') || line.trim_end().ends_with('\\');
            if prompt == "... " {
                if line.trim().is_empty() && !incomplete(&buf) {
                    break;
                }
                continue;
            }
            if open_block || incomplete(&buf) {
                prompt = "... ";
                continue;
            }
            break;
        }
        if eof && buf.trim().is_empty() {
            if interactive {
                eprintln!();
            }
            break 0;
        }
        if !buf.trim().is_empty() {
            let r = metal_vm::run::compile_source(
                &mut vm,
                &buf,
                "<stdin>",
                metal_compiler::Mode::Single,
            )
            .and_then(|code| metal_vm::run::exec_code(&mut vm, code, globals.clone(), None));
            vm.flush_stdout();
            if let Err(e) = r {
                let code = report_uncaught(&mut vm, &e);
                if vm.err_is(&e, "SystemExit") {
                    break code;
                }
            }
        }
        if eof {
            break 0;
        }
    };
    source.save();
    let _ = Value::None;
    status
}

/// Unbalanced brackets or an open triple-quoted string: more input is needed.
fn incomplete(src: &str) -> bool {
    let mut depth = 0i32;
    let mut chars = src.chars().peekable();
    let mut in_str: Option<(char, bool)> = None;
    while let Some(c) = chars.next() {
        match in_str {
            Some((q, triple)) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    if triple {
                        let mut rest = chars.clone();
                        if rest.next() == Some(q) && rest.next() == Some(q) {
                            chars.next();
                            chars.next();
                            in_str = None;
                        }
                    } else {
                        in_str = None;
                    }
                } else if c == '\n' && !triple {
                    in_str = None;
                }
            }
            None => match c {
                '#' => {
                    for d in chars.by_ref() {
                        if d == '\n' {
                            break;
                        }
                    }
                }
                '"' | '\'' => {
                    let mut rest = chars.clone();
                    let triple = rest.next() == Some(c) && rest.next() == Some(c);
                    if triple {
                        chars.next();
                        chars.next();
                    }
                    in_str = Some((c, triple));
                }
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    depth > 0 || matches!(in_str, Some((_, true)))
}
