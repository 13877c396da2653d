//! The WSGI gateway (PEP 3333): turns an HTTP request into an `environ` dict and a
//! `start_response` callable, calls the application on this worker's interpreter, and
//! collects the status, headers and body it produces. It knows HTTP only as plain data
//! (it is below the server, above the vm).

use std::rc::Rc;

use metal_vm::objects::dict::PyDict;
use metal_vm::objects::str::PyStr;
use metal_vm::value::Value;
use metal_vm::{PyErr, Vm};

/// A request as the server hands it over.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub method: String,
    /// The path, percent-decoded (PEP 3333: `PATH_INFO` is decoded, as latin-1 text).
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub server_name: String,
    pub server_port: u16,
    pub remote_addr: String,
    pub http_version: String,
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn plain(status: u16, reason: &str, body: &str) -> Response {
        Response {
            status,
            reason: reason.to_string(),
            headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

/// The flag value that stops a request past all its handlers (it caught the deadline's
/// TimeoutError and went on); 2 raises that TimeoutError.
pub use metal_vm::gc::KILL;

/// Make this worker's eval loop watch `flag` (set from another thread to interrupt a
/// request that ran past its deadline: 2, then `KILL`).
pub fn watch_interrupt(flag: std::sync::Arc<std::sync::atomic::AtomicU8>) {
    metal_vm::gc::set_interrupt(flag);
}

/// Where the application comes from.
#[derive(Debug, Clone)]
pub enum AppSpec {
    /// `module:callable`, imported with `dir` first on `sys.path`.
    Module {
        dir: String,
        module: String,
        callable: String,
    },
    /// Source code shipped inside the binary, run as module `name`; `callable` in it.
    Embedded {
        name: String,
        source: &'static str,
        callable: String,
    },
}

/// The Python side of `start_response`: it records what the application says.
const PRELUDE: &str = r#"
class StartResponse:
    def __init__(self):
        self.status = None
        self.headers = None
        self.written = []

    def __call__(self, status, headers, exc_info=None):
        if exc_info is not None:
            try:
                if self.status is not None:
                    raise exc_info[1]
            finally:
                exc_info = None
        elif self.status is not None:
            raise AssertionError("start_response called twice without exc_info")
        if not isinstance(status, str):
            raise TypeError("status must be a str, not %s" % type(status).__name__)
        self.status = status
        self.headers = [(str(k), str(v)) for k, v in headers]
        return self.written.append
"#;

/// One worker's application: its interpreter, the loaded callable, and the prelude.
/// The environ keys of the request headers browsers and clients usually send.
const COMMON_HEADER_KEYS: [&str; 22] = [
    "HTTP_HOST",
    "HTTP_USER_AGENT",
    "HTTP_ACCEPT",
    "HTTP_ACCEPT_ENCODING",
    "HTTP_ACCEPT_LANGUAGE",
    "HTTP_CONNECTION",
    "HTTP_COOKIE",
    "HTTP_REFERER",
    "HTTP_ORIGIN",
    "HTTP_CACHE_CONTROL",
    "HTTP_PRAGMA",
    "HTTP_UPGRADE_INSECURE_REQUESTS",
    "HTTP_X_REQUESTED_WITH",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_CSRFTOKEN",
    "HTTP_SEC_FETCH_DEST",
    "HTTP_SEC_FETCH_MODE",
    "HTTP_SEC_FETCH_SITE",
    "HTTP_SEC_FETCH_USER",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
];

pub struct App {
    vm: Vm,
    app: Value,
    start_response_class: Value,
}

fn python_error(vm: &mut Vm, e: &PyErr) -> String {
    metal_vm::exceptions::format_exception(vm, e)
}

impl App {
    /// Import the application on a fresh interpreter (done once per worker).
    pub fn load(spec: &AppSpec) -> Result<App, String> {
        let mut vm = Vm::new();
        metal_framework::install(&mut vm);
        let (dir, module, callable) = match spec {
            AppSpec::Module {
                dir,
                module,
                callable,
            } => (dir.clone(), module.clone(), callable.clone()),
            AppSpec::Embedded { name, callable, .. } => {
                (String::new(), name.clone(), callable.clone())
            }
        };
        metal_vm::stdlib::set_argv(&mut vm, vec!["metal serve".into()], dir);
        let prelude_ns = Rc::new(PyDict::new());
        let code =
            metal_vm::run::compile_source(&mut vm, PRELUDE, "<wsgi>", metal_compiler::Mode::Exec)
                .map_err(|e| python_error(&mut vm, &e))?;
        metal_vm::run::exec_code(&mut vm, code, prelude_ns.clone(), None)
            .map_err(|e| python_error(&mut vm, &e))?;
        let start_response_class = prelude_ns
            .get_by_str("StartResponse")
            .ok_or("the WSGI prelude did not load")?;
        let module_value = match spec {
            AppSpec::Module { .. } => metal_vm::import::import_module(&mut vm, &module)
                .map_err(|e| python_error(&mut vm, &e))?,
            AppSpec::Embedded { name, source, .. } => {
                let (m, d) = metal_vm::import::new_module(&mut vm, name, None);
                vm.modules.set_by_str(name, m.clone());
                let code = metal_vm::run::compile_source(
                    &mut vm,
                    source,
                    &format!("<{name}>"),
                    metal_compiler::Mode::Exec,
                )
                .map_err(|e| python_error(&mut vm, &e))?;
                metal_vm::run::exec_code(&mut vm, code, d, None)
                    .map_err(|e| python_error(&mut vm, &e))?;
                m
            }
        };
        let app = vm
            .getattr(&module_value, &callable)
            .map_err(|_| format!("module '{module}' has no WSGI callable '{callable}'"))?;
        if !vm.is_callable(&app) {
            return Err(format!("'{module}:{callable}' is not callable"));
        }
        Ok(App {
            vm,
            app,
            start_response_class,
        })
    }

    fn environ(&mut self, req: &Request) -> Result<Value, PyErr> {
        let vm = &mut self.vm;
        // (Room for the fixed keys and a browser's usual headers: no growth steps.)
        let env = Rc::new(PyDict::with_room(32));
        // The fixed keys are interned once (no new str per request, and the
        // framework's literals find them by identity).
        let set = |vm: &mut Vm, k: &'static str, v: Value| env.set_str(vm.sname(k), v);
        set(vm, "REQUEST_METHOD", Value::str(&req.method));
        let empty = Value::Str(vm.sname(""));
        set(vm, "SCRIPT_NAME", empty.clone());
        set(vm, "PATH_INFO", Value::str(&req.path));
        set(vm, "QUERY_STRING", Value::str(&req.query));
        set(vm, "SERVER_NAME", Value::str(&req.server_name));
        set(
            vm,
            "SERVER_PORT",
            Value::from_string(req.server_port.to_string()),
        );
        set(vm, "SERVER_PROTOCOL", Value::str(&req.http_version));
        set(vm, "REMOTE_ADDR", Value::str(&req.remote_addr));
        set(vm, "CONTENT_TYPE", empty.clone());
        set(vm, "CONTENT_LENGTH", empty);
        for (name, value) in &req.headers {
            let key = name.to_ascii_uppercase().replace('-', "_");
            match key.as_str() {
                "CONTENT_TYPE" => set(vm, "CONTENT_TYPE", Value::str(value)),
                "CONTENT_LENGTH" => set(vm, "CONTENT_LENGTH", Value::str(value)),
                _ => {
                    // The usual headers' keys are interned (the framework's literals find
                    // them by identity); any other is a str of this request only, so
                    // clients cannot grow the interpreter's table of interned names.
                    let k = match COMMON_HEADER_KEYS.iter().find(|k| k[5..] == *key) {
                        Some(k) => vm.sname(k),
                        None => Rc::new(PyStr::new(&format!("HTTP_{key}"))),
                    };
                    // Repeated headers are joined with commas (RFC 9110).
                    let v = match env.get_str(&k) {
                        Some(Value::Str(prev)) => format!("{},{}", prev.as_str(), value),
                        _ => value.clone(),
                    };
                    env.set_str(k, Value::from_string(v));
                }
            }
        }
        set(
            vm,
            "wsgi.version",
            Value::tuple(vec![Value::Int(1), Value::Int(0)]),
        );
        let http = Value::Str(vm.sname("http"));
        set(vm, "wsgi.url_scheme", http);
        let io = metal_vm::import::import_module(vm, "io")?;
        let name = vm.sname("BytesIO");
        let bytes_io = vm.getattr_str(&io, &name)?;
        let body = metal_vm::objects::bytes::new_bytes(vm, req.body.clone());
        let input = vm.call_args(&bytes_io, &[body])?;
        set(vm, "wsgi.input", input);
        let sys = metal_vm::import::import_module(vm, "sys")?;
        let name = vm.sname("stderr");
        let errors = vm.getattr_str(&sys, &name)?;
        set(vm, "wsgi.errors", errors);
        set(
            vm,
            "wsgi.multithread",
            Value::Bool(metal_vm::value::PyBool(false)),
        );
        set(
            vm,
            "wsgi.multiprocess",
            Value::Bool(metal_vm::value::PyBool(false)),
        );
        set(
            vm,
            "wsgi.run_once",
            Value::Bool(metal_vm::value::PyBool(false)),
        );
        Ok(Value::Dict(env))
    }

    /// Run the application for one request. A Python exception becomes a 500 whose
    /// traceback goes to `log` (the server's error log); the interpreter lives on.
    pub fn call(&mut self, req: &Request, log: &mut dyn FnMut(&str)) -> Response {
        let result = self.try_call(req);
        let response = match result {
            Ok(r) => r,
            Err(e) => {
                let text = python_error(&mut self.vm, &e);
                log(&text);
                Response::plain(500, "Internal Server Error", "500 Internal Server Error\n")
            }
        };
        // Between requests: a collection that would soon be due runs while the request's
        // objects are gone (docs/gc.md).
        metal_vm::gc::collect_at_rest(&mut self.vm);
        // Back at the top: no exception is being handled (code stopped past its
        // handlers skipped the cleanup of the ones it was in), and handlers work again.
        self.vm.handled = metal_vm::value::Value::None;
        metal_vm::gc::end_kill();
        response
    }

    fn try_call(&mut self, req: &Request) -> Result<Response, PyErr> {
        let environ = self.environ(req)?;
        let sr = self.vm.call_args(&self.start_response_class.clone(), &[])?;
        let app = self.app.clone();
        let result = self.vm.call_args(&app, &[environ, sr.clone()])?;
        let mut body = Vec::new();
        // Body chunks: an iterable of bytes; close() is called whatever happens.
        let iterated = (|| -> Result<(), PyErr> {
            let it = self.vm.get_iter(&result)?;
            while let Some(chunk) = self.vm.next(&it)? {
                match metal_vm::objects::bytes::as_bytes(&chunk) {
                    Some(b) => body.extend_from_slice(&b),
                    None => {
                        return Err(self.vm.type_error(format!(
                            "WSGI application must produce bytes, not {}",
                            self.vm.type_name(&chunk)
                        )))
                    }
                }
            }
            Ok(())
        })();
        if let Some(close) = self.vm.getattr_opt_s(&result, "close")? {
            self.vm.call_args(&close, &[])?;
        }
        iterated?;
        let name = self.vm.sname("status");
        let status = self.vm.getattr_str(&sr, &name)?;
        let Value::Str(status) = status else {
            return Err(self
                .vm
                .runtime_error("the WSGI application did not call start_response"));
        };
        let (code, reason) = status
            .as_str()
            .split_once(' ')
            .unwrap_or((status.as_str(), ""));
        let code: u16 = code.parse().map_err(|_| {
            self.vm
                .value_error(format!("invalid WSGI status {:?}", status.as_str()))
        })?;
        let mut headers = Vec::new();
        let name = self.vm.sname("headers");
        let hv = self.vm.getattr_str(&sr, &name)?;
        for h in metal_vm::iter::collect(&mut self.vm, &hv)? {
            if let Value::Tuple(t) = &h {
                if let (Some(Value::Str(k)), Some(Value::Str(v))) =
                    (t.items.first(), t.items.get(1))
                {
                    headers.push((k.as_str().to_string(), v.as_str().to_string()));
                }
            }
        }
        // Anything passed to the write() callable comes before the iterable's chunks.
        let name = self.vm.sname("written");
        let written = self.vm.getattr_str(&sr, &name)?;
        let mut pre = Vec::new();
        for w in metal_vm::iter::collect(&mut self.vm, &written)? {
            if let Some(b) = metal_vm::objects::bytes::as_bytes(&w) {
                pre.extend_from_slice(&b);
            }
        }
        pre.extend(body);
        self.vm.flush_stdout();
        Ok(Response {
            status: code,
            reason: reason.to_string(),
            headers,
            body: pre,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An application from source, as `metal serve` loads the embedded example.
    fn embedded(name: &str, source: &'static str) -> App {
        App::load(&AppSpec::Embedded {
            name: name.into(),
            source,
            callable: "application".into(),
        })
        .unwrap()
    }

    fn request(headers: Vec<(String, String)>) -> Request {
        Request {
            method: "GET".into(),
            path: "/".into(),
            query: String::new(),
            headers,
            body: Vec::new(),
            server_name: "127.0.0.1".into(),
            server_port: 8000,
            remote_addr: "127.0.0.1".into(),
            http_version: "HTTP/1.1".into(),
        }
    }

    /// A client's header names reach the environ as `HTTP_*` keys, joined when repeated,
    /// and do not stay interned after the request: a server would otherwise grow with
    /// every new name it is sent.
    #[test]
    fn header_keys_reach_the_environ_and_do_not_pile_up() {
        let mut app = embedded(
            "headers_app",
            "def application(environ, start_response):\n    \
             keys = sorted(k for k in environ if k.startswith('HTTP_'))\n    \
             start_response('200 OK', [('Content-Type', 'text/plain')])\n    \
             return [';'.join(k + '=' + environ[k] for k in keys).encode()]\n",
        );
        let mut log = |_: &str| {};
        let headers_of = |n: usize| {
            (0..40)
                .map(|i| (format!("X-Odd-{n}-{i}"), format!("{i}")))
                .chain([
                    ("Host".to_string(), "h".to_string()),
                    ("Accept".to_string(), "a".to_string()),
                    ("Accept".to_string(), "b".to_string()),
                ])
                .collect::<Vec<_>>()
        };
        let first = app.call(&request(headers_of(1)), &mut log);
        let body = String::from_utf8(first.body).unwrap();
        assert!(
            body.starts_with("HTTP_ACCEPT=a,b;HTTP_HOST=h;HTTP_X_ODD_1_0=0;"),
            "{body}"
        );
        assert!(body.ends_with("HTTP_X_ODD_1_9=9"), "{body}");
        let before = app.vm.interned_len();
        for n in 2..6 {
            let r = app.call(&request(headers_of(n)), &mut log);
            assert_eq!(r.status, 200);
        }
        assert_eq!(
            app.vm.interned_len(),
            before,
            "header names stayed interned"
        );
    }

    /// A request's cyclic garbage is collected between requests once a collection is
    /// half due (`gc::collect_at_rest`), not in the middle of a later request: the
    /// second request already sees the first one's cycle finalized.
    #[test]
    fn cycles_are_collected_between_requests() {
        let mut app = embedded(
            "cycles_app",
            "finalized = []\n\
             class Cycle:\n    \
                 def __init__(self):\n        self.me = self\n    \
                 def __del__(self):\n        finalized.append(1)\n\
             def application(environ, start_response):\n    \
                 seen = len(finalized)\n    \
                 Cycle()\n    \
                 keep = [[i] for i in range(1200)]\n    \
                 start_response('200 OK', [])\n    \
                 return [str(seen).encode()]\n",
        );
        let mut log = |_: &str| {};
        let seen: Vec<String> = (0..3)
            .map(|_| String::from_utf8(app.call(&request(Vec::new()), &mut log).body).unwrap())
            .collect();
        assert_eq!(seen, ["0", "1", "2"]);
    }
}
