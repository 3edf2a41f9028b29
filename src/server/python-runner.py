# Runs a Python rotation function in a warm process of its own:
# `python3 -u -B python-runner.py TASK_ROOT MODULE FUNCTION`, started by runner-process.ts, which
# describes the protocol (the answers on fd 3, the requests on stdin, the function's log on
# stdout and stderr). MODULE is a file (FILE.py) or a module name imported from TASK_ROOT.
# The error types and messages are those Lambda's Python runtime reports; the context object
# has the members of Lambda's.
# AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/python-context.html
# AWS doc: https://docs.aws.amazon.com/lambda/latest/dg/python-exceptions.html
import importlib
import importlib.util
import json
import logging
import os
import signal
import sys
import threading
import time
import traceback

ANSWER_FD = 3
RUNNER_FILE = os.path.abspath(__file__)


def send_answer(answer):
    try:
        line = json.dumps(answer, allow_nan=False)
    except (TypeError, ValueError) as error:
        line = json.dumps(fault("Runtime.MarshalError", "Unable to marshal response: %s" % error))
    data = (line + "\n").encode("utf-8")
    while data:
        data = data[os.write(ANSWER_FD, data):]


def fault(error_type, message, stack_trace=None):
    return {"ok": False, "errorType": error_type, "errorMessage": message, "stackTrace": stack_trace or []}


def raised(error):
    """Lambda's report of an exception: its class, its text, and the stack without the runner's frames."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if os.path.abspath(frame.filename) != RUNNER_FILE]
    return fault(type(error).__name__, str(error), traceback.format_list(frames))


def end_group():
    """Ends this process and what the function started (its process group)."""
    try:
        os.killpg(os.getpgid(0), signal.SIGKILL)
    except (AttributeError, OSError):
        pass  # No process group of our own (Windows).
    os._exit(0)


def end_with_parent():
    """Ends the group once the emulator that started it is gone, even while the handler runs."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        end_group()

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


class LambdaContext:
    """The context object Lambda passes a Python handler."""

    def __init__(self, data):
        self.function_name = data["functionName"]
        self.function_version = data["functionVersion"]
        self.invoked_function_arn = data["invokedFunctionArn"]
        self.memory_limit_in_mb = data["memoryLimitInMB"]
        self.aws_request_id = data["awsRequestId"]
        self.log_group_name = data["logGroupName"]
        self.log_stream_name = data["logStreamName"]
        self.client_context = None
        self.identity = None
        self.tenant_id = None
        self._deadline_ms = data["deadlineMs"]

    def get_remaining_time_in_millis(self):
        return max(0, int(self._deadline_ms - time.time() * 1000))

    def log(self, message):
        sys.stdout.write(str(message))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,function_name=%s,invoked_function_arn=%s])" % (
            self.aws_request_id,
            self.function_name,
            self.invoked_function_arn,
        )


request_id = ""


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = request_id
        return True


def set_up_logging():
    """As Lambda does: the root logger writes to stdout, so that logger.info of AWS's templates is seen."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S"))
    handler.formatter.converter = time.gmtime
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)


def load_handler(task_root, module, function):
    """Imports the module as Lambda does; raises a fault (a dict) when it cannot."""
    sys.path[0] = task_root
    name = module
    try:
        if module.endswith(".py"):
            name = os.path.splitext(os.path.basename(module))[0]
            spec = importlib.util.spec_from_file_location(name, module)
            loaded = importlib.util.module_from_spec(spec)
            sys.modules[name] = loaded
            spec.loader.exec_module(loaded)
        else:
            loaded = importlib.import_module(module)
    except ImportError as error:
        raise Fault(fault("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (name, error)))
    except SyntaxError as error:
        trace = ['  File "%s" Line %s\n    %s' % (error.filename, error.lineno, error.text)]
        raise Fault(fault("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (name, error), trace))
    except Exception as error:
        raise Fault(raised(error))
    handler = getattr(loaded, function, None)
    if handler is None:
        raise Fault(fault("Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function, name)))
    return handler


class Fault(Exception):
    def __init__(self, answer):
        super().__init__(answer["errorMessage"])
        self.answer = answer


def end_output(call_id):
    """Marks the end of the call's output on stdout and stderr, after what the function wrote."""
    marker = ("\0%s\n" % call_id).encode("utf-8")
    for stream, fd in ((sys.stdout, 1), (sys.stderr, 2)):
        try:
            stream.flush()
        except Exception:
            pass
        try:
            os.write(fd, marker)
        except OSError:
            pass


def serve(handler):
    global request_id
    for line in iter(sys.stdin.readline, ""):
        request = json.loads(line)
        request_id = request["context"]["awsRequestId"]
        try:
            answer = {"ok": True, "result": handler(request["event"], LambdaContext(request["context"]))}
        except Exception as error:
            answer = raised(error)
        # SystemExit (sys.exit) is no Exception: it ends the runtime, as on Lambda.
        end_output(request["id"])
        send_answer(answer)
        request_id = ""


def main():
    end_with_parent()
    task_root, module, function = sys.argv[1:4]
    set_up_logging()
    try:
        handler = load_handler(task_root, module, function)
    except Fault as error:
        send_answer(error.answer)
        return
    send_answer({"ok": True})
    serve(handler)
    # stdin has ended: the emulator has stopped this environment, or is gone.
    end_group()


main()
