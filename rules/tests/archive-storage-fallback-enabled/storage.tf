# Terraform posts the archive storage body with the REST provider.
resource "restapi_object" "vonage_archive_storage" {
  # ruleid: archive-storage-fallback-enabled
  path = "/v2/project/${var.ot_api_key}/archive/storage"
  data = jsonencode({
    type   = "s3"
    config = { bucket = aws_s3_bucket.archives.id }
  })
}
