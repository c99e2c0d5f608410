from django.db import models


class KeyCanary(models.Model):
    """One known value per encryption key, so start-up can tell a wrong key from a right one.

    Holds no personal data.
    """

    key_id = models.CharField(max_length=16, unique=True)
    token = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key_id
