"""Files: the uploaded-file classes live in django.core.files.uploadedfile."""
