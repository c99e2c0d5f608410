from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2idHasher(Argon2PasswordHasher):
    """Still argon2id, with a tiny cost so the suite runs quickly. Tests only."""

    time_cost = 1
    memory_cost = 1024
    parallelism = 1
