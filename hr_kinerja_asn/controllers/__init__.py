from . import verifikasi
