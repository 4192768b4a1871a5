{
    "name": "Kinerja ASN: SIASN (BKN web service)",
    "summary": "Sends the final annual (skp22) and periodic (kinerjaperiodik) results to "
    "BKN's SIASN through the OCA job queue, with retries and an error report",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Appraisals",
    "license": "LGPL-3",
    "author": "hr_kinerja_asn contributors",
    "website": "https://github.com/hr-kinerja-asn/hr_kinerja_asn",
    "depends": ["hr_kinerja_asn", "queue_job"],
    "external_dependencies": {"python": ["requests"]},
    "data": [
        "security/ir.model.access.csv",
        "security/rules.xml",
        "data/queue_job_data.xml",
        "data/ir_cron_data.xml",
        "views/hr_kinerja_siasn_kiriman_views.xml",
        "views/hr_kinerja_evaluasi_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/hr_kinerja_siasn_demo.xml"],
    "installable": True,
}
