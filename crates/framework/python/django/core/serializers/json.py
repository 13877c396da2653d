"""DjangoJSONEncoder: JSON for the values Django apps send (lazy strings, UUIDs...)."""

import json

from django.utils.functional import Promise


class DjangoJSONEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Promise):
            return str(o)
        if type(o).__name__ == "UUID" and hasattr(o, "hex"):
            return str(o)
        if hasattr(o, "isoformat"):
            raise NotImplementedError(
                "DjangoJSONEncoder: dates and times are not supported yet (no datetime)"
            )
        return super().default(o)
