"""The template engine's exceptions."""


class TemplateDoesNotExist(Exception):
    """No loader found the template. `tried` lists (origin, reason) pairs and
    `chain` the TemplateDoesNotExist raised by each engine that was asked."""

    def __init__(self, msg, tried=None, backend=None, chain=None):
        self.backend = backend
        if tried is None:
            tried = []
        self.tried = tried
        if chain is None:
            chain = []
        self.chain = chain
        super().__init__(msg)


class TemplateSyntaxError(Exception):
    """The template's source could not be compiled."""
