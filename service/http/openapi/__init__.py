"""The OpenAPI 3.1 document of the service, built from the registered routes, the models here and the
limits the handlers enforce, and the bundled Swagger UI that shows it at /docs (no CDN)."""
