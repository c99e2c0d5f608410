from django import template

from closeknit.accounts.devices import device_name

register = template.Library()
register.filter("device_name", device_name)
